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
