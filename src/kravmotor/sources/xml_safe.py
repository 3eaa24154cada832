"""A small, safe XML reader for notices: no DTD, no entities, every element with its line and column.

Built directly on expat rather than xml.etree so that a DOCTYPE is refused the moment
it starts (before any entity can be declared, let alone expanded: no "billion laughs",
no external entities), and so that every element keeps its position for located errors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pyexpat import errors as expat_errors
from xml.parsers import expat

from .. import limits
from ..errors import InputError, Location, Problem

NAMESPACES = {
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "ext": "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2",
    "efext": "http://data.europa.eu/p27/eforms-ubl-extensions/1",
    "efac": "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1",
    "efbc": "http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1",
}


@dataclass(eq=False, slots=True)
class Node:
    """An element: `tag` is `{namespace}local`, as in ElementTree."""

    tag: str
    attrib: dict[str, str]
    line: int
    column: int  # 1-based
    children: list[Node] = field(default_factory=list)
    _text: list[str] = field(default_factory=list, repr=False)
    _length: int = field(default=0, repr=False)

    @property
    def text(self) -> str:
        return "".join(self._text).strip()

    @property
    def local(self) -> str:
        return self.tag.rsplit("}", 1)[-1]

    def findall(self, path: str) -> list[Node]:
        """Children along `cac:A/cbc:B` (prefixes from NAMESPACES); `*` matches any element."""
        nodes = [self]
        for step in path.split("/"):
            tag = step if step == "*" else _qualified(step)
            nodes = [c for n in nodes for c in n.children if tag == "*" or c.tag == tag]
        return nodes

    def find(self, path: str) -> Node | None:
        found = self.findall(path)
        return found[0] if found else None

    def iter(self):
        """This element and every element below it, in document order (without recursion)."""
        stack = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))


def _qualified(step: str) -> str:
    prefix, _, local = step.partition(":")
    return f"{{{NAMESPACES[prefix]}}}{local}"


class _Refused(Exception):
    def __init__(self, message: str):
        self.message = message


# expat's messages, in Swedish. Anything else is shown with expat's own words.
_MESSAGES = {
    expat_errors.XML_ERROR_SYNTAX: "syntaxfel: XML-dokumentet är inte välformat",
    expat_errors.XML_ERROR_NO_ELEMENTS: "filen är tom eller tar slut innan rotelementet har stängts",
    expat_errors.XML_ERROR_INVALID_TOKEN: "ogiltigt tecken: XML-dokumentet är inte välformat",
    expat_errors.XML_ERROR_UNCLOSED_TOKEN: "ett element eller attribut är inte avslutat",
    expat_errors.XML_ERROR_PARTIAL_CHAR: "ofullständigt tecken",
    expat_errors.XML_ERROR_TAG_MISMATCH: "sluttaggen hör inte ihop med starttaggen",
    expat_errors.XML_ERROR_DUPLICATE_ATTRIBUTE: "samma attribut förekommer två gånger i elementet",
    expat_errors.XML_ERROR_JUNK_AFTER_DOC_ELEMENT: "text eller element efter rotelementets slut",
    expat_errors.XML_ERROR_UNDEFINED_ENTITY: "odefinierad entitet; bara XML:s inbyggda entiteter (&amp; &lt; &gt; &quot; &apos;) får användas",
    expat_errors.XML_ERROR_UNKNOWN_ENCODING: "okänd teckenkodning",
    expat_errors.XML_ERROR_INCORRECT_ENCODING: "filens teckenkodning stämmer inte med XML-deklarationen",
    expat_errors.XML_ERROR_MISPLACED_XML_PI: "XML-deklarationen (<?xml ...?>) måste stå först i filen",
    expat_errors.XML_ERROR_UNBOUND_PREFIX: "namnrymdsprefixet är inte deklarerat",
    expat_errors.XML_ERROR_UNCLOSED_CDATA_SECTION: "CDATA-avsnittet är inte avslutat",
}

_NO_DTD = ("XML-filen innehåller en dokumenttypdeklaration (<!DOCTYPE ...>); sådana tillåts inte i "
           "eForms-meddelanden, eftersom de kan deklarera entiteter som läser andra filer eller växer okontrollerat")


def parse(data: bytes, file: str) -> Node:
    """The document's root element, or an InputError naming the line and column.

    Within the limits (`djup`, `xml_element`, `xml_attribut`, `xml_text`): a document
    nested a hundred thousand deep is refused at the depth limit, line and column named,
    without building more than that.
    """
    max_depth, max_elements = limits.integer("djup"), limits.integer("xml_element")
    max_attribute, max_text = limits.integer("xml_attribut"), limits.integer("xml_text")
    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    stack: list[Node] = []
    roots: list[Node] = []
    count = 0

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal count
        count += 1
        if count > max_elements:
            raise _Refused(limits.exceeded("xml_element", "filen har fler element än så"))
        if len(stack) >= max_depth:
            raise _Refused(limits.exceeded("djup", "elementen är nästlade djupare än så"))
        for value in attrs.values():
            if len(value) > max_attribute:
                raise _Refused(limits.exceeded("xml_attribut", f"ett attributvärde är {len(value)} tecken långt"))
        tag = "{" + name if "}" in name else name
        attrib = {("{" + k if "}" in k else k): v for k, v in attrs.items()}
        node = Node(tag, attrib, parser.CurrentLineNumber, parser.CurrentColumnNumber + 1)
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)

    def end(_name: str) -> None:
        stack.pop()

    def chars(text: str) -> None:
        if stack:
            node = stack[-1]
            node._length += len(text)
            if node._length > max_text:
                raise _Refused(limits.exceeded("xml_text", f"elementet {node.local} har mer text än så"))
            node._text.append(text)

    def refuse_doctype(*_args) -> None:
        raise _Refused(_NO_DTD)

    def refuse_entity(*_args) -> None:
        raise _Refused("XML-filen deklarerar en entitet; entiteter tillåts inte")

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    parser.StartDoctypeDeclHandler = refuse_doctype
    parser.EntityDeclHandler = refuse_entity
    parser.UnparsedEntityDeclHandler = refuse_entity
    parser.ExternalEntityRefHandler = lambda *_args: 0  # never fetch anything
    try:
        parser.Parse(data, True)
    except _Refused as refused:
        raise InputError([Problem(Location(file, parser.CurrentLineNumber, parser.CurrentColumnNumber + 1),
                                  refused.message)]) from None
    except expat.ExpatError as exc:
        text = expat.ErrorString(exc.code)
        message = _MESSAGES.get(text, "XML-dokumentet är inte välformat")
        raise InputError([Problem(Location(file, exc.lineno, exc.offset + 1), message)]) from None
    except (LookupError, ValueError):  # an encoding Python does not know, or a multi-byte one expat cannot use
        raise InputError([Problem(Location(file, 1, 1), _encoding_problem(data))]) from None
    except RecursionError:
        raise InputError([Problem(Location(file), limits.exceeded("djup", "elementen är för djupt nästlade"))]) from None
    return roots[0]


def _encoding_problem(data: bytes) -> str:
    declared = re.match(rb"""<\?xml[^>]*encoding\s*=\s*["']([^"']{1,40})["']""", data)
    name = declared.group(1).decode("ascii", errors="replace") if declared else "okänd"
    return (f"XML-deklarationen anger teckenkodningen ”{name}”, som inte kan läsas; "
            "eForms-annonser ska vara UTF-8 (ändra encoding i <?xml ...?> och spara filen som UTF-8)")
