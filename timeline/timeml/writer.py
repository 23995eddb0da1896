"""``--format timeml``: each document as TimeML with inline TIMEX3 tags and its reference
date as the creation time (t0)."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from timeline.model import Timeline
from timeline.timex import timex3


def timeline_to_timeml(t: Timeline) -> str:
    """One ``<TimeML>`` document per input document; several are wrapped in ``<TimeMLCollection>``."""
    parts = [_document(t, d.id) for d in t.documents]
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    if len(parts) == 1:
        return head + parts[0]
    return head + "<TimeMLCollection>\n" + "".join(parts) + "</TimeMLCollection>\n"


def _document(t: Timeline, doc_id: str) -> str:
    doc = t.document(doc_id)
    reference = doc.reference_date
    out = ["<TimeML>\n", f"<DOCID>{escape(doc.id)}</DOCID>\n"]
    if reference is not None:
        out.append(
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{reference.isoformat()}" temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{reference.isoformat()}</TIMEX3></DCT>\n'
        )
    text = doc.text
    pieces = ["<TEXT>"]
    pos = 0
    number = 0
    for m in sorted((m for m in t.mentions if m.doc == doc_id), key=lambda m: m.span):
        start, end = m.span
        if start < pos:
            continue  # mentions never overlap; guard against it all the same
        x = timex3(m, t.resolved.get(m.id), reference)
        number += 1
        attrs = f'tid="t{number}" type={quoteattr(x.type)} value={quoteattr(x.value)}'
        if x.mod:
            attrs += f" mod={quoteattr(x.mod)}"
        if reference is not None and x.type in ("DATE", "TIME") and _anchored(m.parts):
            attrs += ' temporalFunction="true" anchorTimeID="t0"'
        pieces.append(escape(text[pos:start]))
        pieces.append(f"<TIMEX3 {attrs}>{escape(text[start:end])}</TIMEX3>")
        pos = end
    pieces.append(escape(text[pos:]))
    pieces.append("</TEXT>\n")
    out.append("".join(pieces))
    out.append("</TimeML>\n")
    return "".join(out)


def _anchored(p) -> bool:
    """Whether the value was computed from the creation time (not stated in full)."""
    return not (p.year is not None and (p.month is not None or p.quarter is not None or p.season is not None)
                and (p.day is not None or p.month is None))
