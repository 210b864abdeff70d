"""Sentences for the generator, written by hand per language (no machine
translation): who is addressed, what is asked, how it is hidden, ordinary
context, and hard negatives. `{req}` is the request as a clause; slots
such as `{path}` and `{url}` are filled by the generator.
"""
from .latin import LATIN
from .other import OTHER
from .phrasing2 import ADDRESSEES2

LANGS = {**LATIN, **OTHER}
ORDER = ("en", "fr", "es", "de", "it", "pt", "nl", "zh", "ja", "ko", "ru", "ar", "hi")
FAMILIES = ("collect", "send", "delete", "approve", "rank", "payment", "omit", "code")
ADDRESSEES = ("note", "if_model", "screening", "assistant", "dear_agent", "coding", "named", "none")
