"""The one error type the engine raises for bad input: it names the field and the problem."""

from __future__ import annotations


class InputError(ValueError):
    """Input that cannot describe a real credit product.

    ``field`` is a dotted path into the input (``rate.annual``, ``items[2].fees[0].amount``) so
    the command line and the forms can point at exactly what is wrong.

    >>> str(InputError("term", "must be between 1 and 1200"))
    'term: must be between 1 and 1200'
    """

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem

    def within(self, prefix: str) -> InputError:
        """The same error, its field placed under ``prefix`` (an item of a list, say)."""
        field = f"{prefix}.{self.field}" if not self.field.startswith("[") else prefix + self.field
        return InputError(field, self.problem)


#: How much of an offending value a refusal repeats: enough to recognise it, never all of it.
SHOWN_CHARACTERS = 80


def shown(value: object, limit: int = SHOWN_CHARACTERS) -> str:
    """``value`` as a refusal quotes it: text in quotes, on one line, cut to ``limit``
    characters (an integer of thousands of digits is described, not written out).

    >>> shown("x" * 100)[-12:], shown(10 ** 5000), shown(12)
    ("xxxxxxxxxx…'", 'a number of 5001 digits', '12')
    """
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 256:
        digits = len(str(abs(value))) if value.bit_length() < 14000 else \
            int(value.bit_length() * 0.30103) + 1
        return f"a number of {digits} digits"
    try:
        text = repr(value) if isinstance(value, str) else str(value)
    except ValueError:  # an integer too long for str()
        return "a number with too many digits"
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[:limit - 2] + "…" + (text[0] if text[0] in "'\"" else "")
    return text
