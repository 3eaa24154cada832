"""(under construction)"""

routes = []
