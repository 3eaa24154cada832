"""The web interface (`kravmotor webb`): Granska, Leverantörer, Revision and Regelbok in the browser.

Server-rendered pages (Starlette, Jinja2) over the same library functions as the
CLI: no check is implemented twice. Safe by default: loopback only unless an
access token is set, CSRF on every POST, upload limits, no request path that
reaches the filesystem, and uploads kept in a temporary folder per session that
is removed when the session ends.

    app.create_app(settings)   the ASGI application
    server.serve(settings)     run it with uvicorn (what `kravmotor webb` does)
"""
