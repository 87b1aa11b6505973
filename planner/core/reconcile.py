"""Statement rows reconciled with the plan: which rows are repayments, which item and due date
each one pays, and where the lender took a different amount than the schedule says.

The rules (each a field of :class:`Policy`, so the numbers are stated once):

- A row is a **repayment** when its words say so (还款, 信用借还, 月供, "repayment", "payment -
  thank you"…) and it did not fail (交易关闭, 退款, "reversed"…); a **drawdown** when they say
  money was lent out (放款, 借款到账, "disbursement"): it is proposed as a new credit-line draw,
  never recorded. A payment out that names an item or its lender is looked at too.
- The **due payments** are the installments of each open item's plan as
  :func:`planner.core.tracking.track` re-projects it today (a card: its monthly due dates, with
  no fixed amount: it is matched by name alone and carries no difference).
- A row **matches** a due payment when the row's day lies in a window around the due date
  (``early_days`` before it to ``late_days`` after it) and its amount agrees within a tolerance:
  ``tight`` of the scheduled amount (at least ``tight_floor``), or ``loose`` when the row names
  the item (its name or card digits) or its lender (its name, a bank's short name, 花呗 / 借呗 /
  白条 / 微粒贷…). A row on a card's own statement (its ``account_last4``: the issuer's OFX
  ACCTID, a CSV's 卡号 column) names that card's digits too, unless its words name only other
  items (花呗还款 charged to the card pays 花呗, not the card). Evidence ranks the
  candidates: the item named beats the lender named beats the kind named (信用卡 for a card)
  beats the amount alone; then an exact amount beats a close one. One item at the top:
  ``matched`` (its nearest due date not already taken by another row of the statement);
  several: ``ambiguous``, with the candidates; none: ``unmatched``.
- A matched row whose amount differs from the scheduled one carries ``difference`` = paid -
  scheduled.
- **Nothing twice**: a row whose key (:func:`planner.core.statement.row_keys`) was recorded by an
  earlier import, or whose payment is already in the item's payments (same amount, within
  ``recorded_days``), is a duplicate: shown, never recorded again.

Pure: no storage; the caller hands in the items and the keys already imported.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from planner.core.dates import add_months, nth_due_date
from planner.core.portfolio import Item
from planner.core.product import Kind
from planner.core.statement import Flow, Statement, StatementRow, row_keys
from planner.core.tracking import track


class RowKind(StrEnum):
    REPAYMENT = "repayment"
    DRAWDOWN = "drawdown"
    OTHER = "other"


class MatchStatus(StrEnum):
    MATCHED = "matched"
    AMBIGUOUS = "ambiguous"
    UNMATCHED = "unmatched"


@dataclass(frozen=True, slots=True)
class Policy:
    """The tolerances of matching (see the module's rules)."""

    early_days: int = 20                # paid up to this many days before the due date
    late_days: int = 10                 # or this many after it
    tight: Decimal = Decimal("0.01")    # share of the scheduled amount, the amount alone
    tight_floor: Decimal = Decimal("1")  # at least this much (currency units)
    loose: Decimal = Decimal("0.25")    # share allowed when the row names the item or lender
    recorded_days: int = 3              # a payment typed in this close, same amount = this one
    draw_days: int = 3                  # an item started this close with this principal = a draw


# -- words ----------------------------------------------------------------------------------

_FAILED = ("交易关闭", "失败", "退款", "已退还", "撤销", "冲正", "已关闭", "closed", "failed",
           "reversed", "cancelled", "canceled", "declined", "refund")
_REPAYMENT = ("还款", "还贷", "信用借还", "月供", "还花呗", "还白条", "自动扣款", "分期扣款",
              "repayment", "loan payment", "payment - thank you", "payment thank you",
              "payment received", "autopay", "credit card payment", "mortgage payment",
              "installment payment", "instalment payment", "card repayment")
_DRAWDOWN = ("放款", "借款到账", "贷款发放", "借款成功", "提款到账", "disbursement",
             "loan advance", "drawdown", "loan proceeds")
#: Words that name a lender or product across item names and statements.
LENDER_WORDS = ("花呗", "借呗", "白条", "金条", "微粒贷", "月付", "分期乐", "京东", "美团",
                "抖音", "招联", "度小满", "360借条", "借条", "支付宝", "微信", "网商贷",
                "备用金", "信用卡")
#: Chinese banks by their full and short names: a lender typed one way is found the other.
BANK_NAMES = (("中国工商银行", "工商银行", "工行", "ICBC"),
              ("中国建设银行", "建设银行", "建行", "CCB"),
              ("中国农业银行", "农业银行", "农行", "ABC"), ("中国银行", "中行", "BOC"),
              ("交通银行", "交行", "BOCOM"), ("招商银行", "招行", "CMB"),
              ("浦发银行", "浦发", "SPDB"), ("中信银行", "中信", "CITIC"),
              ("光大银行", "光大", "CEB"), ("民生银行", "民生", "CMBC"),
              ("兴业银行", "兴业", "CIB"), ("平安银行", "平安"), ("广发银行", "广发", "CGB"),
              ("华夏银行", "华夏"), ("邮储银行", "中国邮政储蓄银行", "邮储", "PSBC"),
              ("北京银行",), ("上海银行",), ("宁波银行",), ("微众银行", "微众"),
              ("网商银行", "网商"))
_KIND_WORDS = {Kind.CARD: ("信用卡", "credit card", "card"),
               Kind.CREDIT_LINE: ("借呗", "微粒贷", "金条", "借款", "贷款", "loan", "credit line"),
               Kind.LOAN: ("贷款", "房贷", "车贷", "月供", "loan", "mortgage"),
               Kind.INSTALLMENT: ("分期", "白条", "花呗", "installment", "instalment")}


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def classify(row: StatementRow) -> RowKind:
    """What a row is, from its words and status alone.

    >>> from datetime import date
    >>> def row(**kw):
    ...     base = dict(line=1, date=date(2026, 3, 9), amount=Decimal(1), flow=Flow.NONE)
    ...     return StatementRow(**{**base, **kw})
    >>> classify(row(category="信用借还", description="花呗主动还款-2026年03月账单",
    ...              status="还款成功"))
    <RowKind.REPAYMENT: 'repayment'>
    >>> classify(row(counterparty="借呗", description="借呗放款至余额"))
    <RowKind.DRAWDOWN: 'drawdown'>
    >>> classify(row(description="花呗还款", status="交易关闭"))
    <RowKind.OTHER: 'other'>
    >>> classify(row(description="PAYMENT - THANK YOU", flow=Flow.IN))
    <RowKind.REPAYMENT: 'repayment'>
    """
    status = _fold(row.status)
    if any(word in status for word in _FAILED):
        return RowKind.OTHER
    text = _fold(row.text)
    if any(word in text for word in _DRAWDOWN) and row.flow is not Flow.OUT:
        return RowKind.DRAWDOWN
    if any(word in text for word in _REPAYMENT):
        return RowKind.REPAYMENT
    if row.flow is Flow.IN and "借款" in text and "还" not in text:
        return RowKind.DRAWDOWN
    return RowKind.OTHER


# -- results --------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Candidate:
    """A due payment a row may pay: ``scheduled`` is None for a card (no fixed amount)."""

    item_id: str
    due_date: date | None
    scheduled: Decimal | None
    difference: Decimal | None


@dataclass(frozen=True, slots=True)
class RowMatch:
    row: StatementRow
    key: str
    status: MatchStatus
    item_id: str | None = None
    due_date: date | None = None
    difference: Decimal | None = None
    candidates: tuple[Candidate, ...] = ()
    duplicate: bool = False   # recorded before (by an import, or typed in): never again

    @property
    def to_record(self) -> bool:
        return self.status is MatchStatus.MATCHED and not self.duplicate


@dataclass(frozen=True, slots=True)
class ProposedDraw:
    """Money a lender paid out (借呗放款…): a credit-line draw the plan does not have yet. Its
    term and rate are not on a statement: the person completes them before adding it."""

    row: StatementRow
    lender: str

    def item_json(self, currency: str) -> dict[str, Any]:
        """The portfolio item as far as the statement knows it (no term, no rate)."""
        return {"kind": "credit_line", "name": f"{self.lender} {self.row.date.isoformat()}",
                "lender": self.lender, "principal": str(self.row.amount),
                "currency": self.row.currency or currency, "start": self.row.date.isoformat()}


@dataclass(frozen=True, slots=True)
class Reconciliation:
    source: str
    rows: int
    matches: tuple[RowMatch, ...]      # the repayment rows, in file order
    proposals: tuple[ProposedDraw, ...]

    @property
    def to_record(self) -> tuple[RowMatch, ...]:
        return tuple(m for m in self.matches if m.to_record)

    @property
    def duplicates(self) -> int:
        return sum(1 for m in self.matches if m.duplicate)


# -- the due payments -----------------------------------------------------------------------

@dataclass(slots=True)
class _Due:
    item: int             # index into the open items
    n: int                # the installment's number (a card: its month)
    day: date
    minor: int | None     # scheduled amount in cents (None: a card)
    amount: Decimal | None


@dataclass(slots=True)
class _ItemDues:
    item: Item
    dues: list[_Due] = field(default_factory=list)
    days: list[int] = field(default_factory=list)   # ordinals of the due dates, sorted


class _AmountIndex:
    """Due payments with an amount, by month, each month's sorted by amount: the few due
    about a row's amount and around its day are found by two bisections."""

    def __init__(self, dues: Iterable[_Due]) -> None:
        months: dict[int, list[_Due]] = defaultdict(list)
        for due in dues:
            if due.minor is not None:
                months[_month(due.day)].append(due)
        self.months: dict[int, tuple[list[int], list[_Due]]] = {}
        for month, entries in months.items():
            entries.sort(key=lambda d: d.minor or 0)
            self.months[month] = ([d.minor or 0 for d in entries], entries)

    def find(self, earliest: date, latest: date, low: int, high: int) -> Iterable[_Due]:
        month = _month(earliest)
        while month <= _month(latest):
            bucket = self.months.get(month)
            month += 1
            if bucket is None:
                continue
            amounts, dues = bucket
            for due in dues[bisect.bisect_left(amounts, low):bisect.bisect_right(amounts, high)]:
                if earliest <= due.day <= latest:
                    yield due


class _Book:
    """Every open item's due payments inside the statement's period, indexed by month and
    amount (for the rows that name nothing), and the words that point at each item."""

    #: A word pointing at more items than this (a lender of many plans) finds their due
    #: payments through its own amount index rather than item by item.
    FEW = 4

    def __init__(self, items: Sequence[Item], today: date, first: date, last: date,
                 policy: Policy) -> None:
        self.items = list(items)
        self.policy = policy
        low = first - timedelta(days=policy.late_days)
        high = last + timedelta(days=policy.early_days)
        self.by_item: list[_ItemDues] = []
        self.cards: list[int] = []
        for index, item in enumerate(self.items):
            entry = _ItemDues(item)
            self.by_item.append(entry)
            product = item.product
            if product.kind is Kind.CARD:
                self.cards.append(index)
                anchor = track(item, today).next_due
                if anchor is not None:
                    entry.dues = _card_dues(index, anchor, low, high)
            elif _first_due(item) <= high and _last_due(item) >= low:
                schedule = track(item, today).schedule
                for row in schedule.rows if schedule is not None else ():
                    if not row.prepayment and low <= row.date <= high:
                        entry.dues.append(_Due(index, row.n, row.date,
                                               int(row.payment.scaleb(2)), row.payment))
            entry.dues.sort(key=lambda d: d.day)
            entry.days = [d.day.toordinal() for d in entry.dues]
        self.everything = _AmountIndex(d for entry in self.by_item for d in entry.dues)
        self.needles = _Needles(self.items)
        self._word_indexes: dict[str, _AmountIndex] = {}
        self._word_cards: dict[str, list[int]] = {}

    def near(self, item: int, day: date) -> list[_Due]:
        """The item's due payments whose window holds ``day``."""
        entry = self.by_item[item]
        # Paid from early_days before a due date to late_days after it.
        low = bisect.bisect_left(entry.days, (day - timedelta(days=self.policy.late_days))
                                 .toordinal())
        high = bisect.bisect_right(entry.days, (day + timedelta(days=self.policy.early_days))
                                   .toordinal())
        return entry.dues[low:high]

    def window(self, day: date) -> tuple[date, date]:
        """The due dates a payment on ``day`` can be for."""
        return (day - timedelta(days=self.policy.late_days),
                day + timedelta(days=self.policy.early_days))

    def cards_of(self, word: str) -> list[int]:
        cards = self._word_cards.get(word)
        if cards is None:
            pointed = self.needles.words[word]
            cards = self._word_cards[word] = [c for c in self.cards if c in pointed]
        return cards

    def word_index(self, word: str) -> _AmountIndex:
        index = self._word_indexes.get(word)
        if index is None:
            pointed = self.needles.words[word]
            index = _AmountIndex(d for item in pointed for d in self.by_item[item].dues)
            self._word_indexes[word] = index
        return index


def _first_due(item: Item) -> date:
    product = item.product
    return product.first_payment or nth_due_date(product.start, 1, product.frequency)


def _last_due(item: Item) -> date:
    """The plan's last due date: a payment made or missed never moves it later."""
    product = item.product
    if product.first_payment is not None:
        return nth_due_date(product.first_payment, product.term - 1, product.frequency)
    return nth_due_date(product.start, product.term, product.frequency)


def _month(day: date) -> int:
    return day.year * 12 + day.month


def _card_dues(index: int, anchor: date, low: date, high: date) -> list[_Due]:
    """A card's monthly due dates around the statement, stepped from its next one."""
    dues = []
    step = 0
    while add_months(anchor, step) > low:
        step -= 1
    while (day := add_months(anchor, step)) <= high:
        if day >= low:
            dues.append(_Due(index, step, day, None, None))
        step += 1
    return dues


class _Needles:
    """The words that point at each item (its name, card digits, lender, a bank's other
    names, 花呗…), found in a row's text by their first two characters: a few dictionary
    looks per row, whatever the number of items."""

    ITEM, LENDER = 3, 2

    def __init__(self, items: Sequence[Item]) -> None:
        self.words: dict[str, dict[int, int]] = defaultdict(dict)
        self.kinds: dict[Kind, set[int]] = defaultdict(set)
        for k, item in enumerate(items):
            self.kinds[item.product.kind].add(k)
            for word, evidence in _item_words(item):
                if len(word) >= 2 and self.words[word].get(k, 0) < evidence:
                    self.words[word][k] = evidence
        by_start: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
        for word in self.words:
            by_start[word[:2]][len(word)].add(word)
        #: first two characters -> (length, words of that length starting with them)
        self.starts = {start: sorted(lengths.items()) for start, lengths in by_start.items()}

    def found(self, text: str) -> list[str]:
        """The words in ``text`` (card digits only standing alone, not inside a number)."""
        found: list[str] = []
        for i in range(len(text) - 1):
            for length, words in self.starts.get(text[i:i + 2], ()):
                word = text[i:i + length]
                if word in words and word not in found:
                    if word.isdigit() and (text[i + length:i + length + 1].isdigit()
                                           or text[i - 1:i].isdigit()):
                        continue
                    found.append(word)
        return found


def _item_words(item: Item) -> list[tuple[str, int]]:
    words = [(_fold(item.name).strip(), _Needles.ITEM)]
    if item.card_last4:
        words.append((item.card_last4, _Needles.ITEM))
    lender = _fold(item.lender).strip()
    if lender:
        words.append((lender, _Needles.LENDER))
    named = _fold(f"{item.name} {item.lender}")
    for group in BANK_NAMES:
        if any(_fold(name) in named for name in group if len(name) > 3 or not name.isascii()):
            words.extend((_fold(name), _Needles.LENDER) for name in group if not name.isascii())
    for word in LENDER_WORDS:
        if word in named and word != "信用卡":
            words.append((word, _Needles.LENDER))
    return words


# -- matching -------------------------------------------------------------------------------

@dataclass(slots=True)
class _Option:
    due: _Due
    evidence: int
    kind_fit: int             # 1 when the row names the item's kind (信用卡 for a card)
    closeness: int            # 2 exact, 1 within the tight tolerance, 0 within the loose one
    difference: Decimal | None
    distance: int             # days between the row and the due date


def reconcile(statement: Statement, items: Sequence[Item], today: date, *,
              imported: Mapping[str, str] | None = None,
              policy: Policy = Policy()) -> Reconciliation:
    """Match the statement's repayment rows with the open items' due payments.

    ``imported`` maps the keys of rows recorded by earlier imports to the item each went to.
    """
    imported = imported or {}
    keys = row_keys(statement)
    open_items = [i for i in items if i.is_open]
    kinds = [classify(row) for row in statement.rows]
    proposals = [_proposal(row, items, policy) for row, kind in zip(statement.rows, kinds,
                                                                    strict=True)
                 if kind is RowKind.DRAWDOWN]
    looked_at = [k for k, row in enumerate(statement.rows)
                 if kinds[k] is RowKind.REPAYMENT
                 or (kinds[k] is RowKind.OTHER and row.flow is Flow.OUT)]
    if not looked_at or not open_items:
        matches = [RowMatch(statement.rows[k], keys[k], MatchStatus.UNMATCHED)
                   for k in looked_at if kinds[k] is RowKind.REPAYMENT]
        return Reconciliation(statement.source, len(statement.rows), tuple(matches),
                              tuple(p for p in proposals if p is not None))
    days = [statement.rows[k].date for k in looked_at]
    book = _Book(open_items, today, min(days), max(days), policy)
    position_of = {item.id: k for k, item in enumerate(open_items)}
    matcher = _Matcher(book, policy)
    results: dict[int, RowMatch] = {}
    in_order = sorted(looked_at, key=lambda k: (statement.rows[k].date, statement.rows[k].line))
    # Rows recorded by an earlier import first: they own their payments before any new row
    # is compared with the payments typed in.
    for k in in_order:
        if keys[k] in imported:
            results[k] = matcher.already_imported(statement.rows[k], keys[k], imported[keys[k]],
                                                  position_of.get(imported[keys[k]]))
    for k in in_order:
        if k in results:
            continue
        match = matcher.match(statement.rows[k], keys[k], named_only=kinds[k] is RowKind.OTHER)
        if match is not None:
            results[k] = match
    matches = tuple(results[k] for k in sorted(results))
    return Reconciliation(statement.source, len(statement.rows), matches,
                          tuple(p for p in proposals if p is not None))


class _Matcher:
    def __init__(self, book: _Book, policy: Policy) -> None:
        self.book = book
        self.policy = policy
        self.claimed: set[tuple[int, int]] = set()
        # Payments already in the profile, per item, not yet owned by a statement row.
        self.typed_in: list[list[tuple[date, Decimal]]] = [list(i.payments) for i in book.items]

    def already_imported(self, row: StatementRow, key: str, item_id: str,
                         item: int | None) -> RowMatch:
        """A row an earlier import recorded: shown where it went, never recorded again."""
        due = None
        if item is not None:
            near = self.book.near(item, row.date)
            due = min(near, key=lambda d: (abs((d.day - row.date).days), d.n), default=None)
            if due is not None:
                self.claimed.add((item, due.n))
            self._take_typed_in(item, row)
        return RowMatch(row, key, MatchStatus.MATCHED, item_id, due.day if due else None,
                        _difference(row.amount, due) if due else None, duplicate=True)

    def match(self, row: StatementRow, key: str, *, named_only: bool) -> RowMatch | None:
        text = _fold(row.text)
        words = self.book.needles.found(text)
        if not named_only and row.account_last4:
            self._add_account(row.account_last4, words)
        if named_only and not words:
            return None
        options = self._options(row, text, words, named_only)
        if not options:
            return None if named_only else RowMatch(row, key, MatchStatus.UNMATCHED)
        rank = max(_rank(o) for o in options)
        tier = [o for o in options if _rank(o) == rank]
        items = sorted({o.due.item for o in tier})
        if len(items) > 1:
            per_item = [min((o for o in tier if o.due.item == i), key=self._preference)
                        for i in items]
            candidates = tuple(Candidate(self.book.items[o.due.item].id, o.due.day,
                                         o.due.amount, o.difference) for o in per_item)
            return RowMatch(row, key, MatchStatus.AMBIGUOUS, candidates=candidates)
        chosen = min(tier, key=self._preference)
        self.claimed.add((chosen.due.item, chosen.due.n))
        duplicate = self._take_typed_in(chosen.due.item, row)
        item_id = self.book.items[chosen.due.item].id
        difference = chosen.difference if chosen.difference else None
        return RowMatch(row, key, MatchStatus.MATCHED, item_id, chosen.due.day, difference,
                        (Candidate(item_id, chosen.due.day, chosen.due.amount,
                                   chosen.difference),), duplicate)

    def _add_account(self, digits: str, words: list[str]) -> None:
        """The digits of the card whose statement the row is on, as if the row wrote them: not
        when the row's own words point only at other items (it pays those)."""
        pointed = self.book.needles.words.get(digits)
        if not pointed or digits in words:
            return
        cards = {k for k in pointed if self.book.items[k].card_last4 == digits}
        if not cards:
            return
        named = {k for word in words for k in self.book.needles.words[word]}
        if named and not named & cards:
            return
        words.append(digits)

    def _preference(self, option: _Option) -> tuple:
        taken = (option.due.item, option.due.n) in self.claimed
        return (taken, option.distance, option.due.n)

    def _options(self, row: StatementRow, text: str, words: list[str],
                 named_only: bool) -> list[_Option]:
        policy = self.policy
        book = self.book
        amount = row.amount
        tight = max(policy.tight_floor, amount * policy.tight)
        earliest, latest = book.window(row.date)
        kind_named = {kind for kind, kind_words in _KIND_WORDS.items()
                      if any(word in text for word in kind_words)}
        options: dict[tuple[int, int], _Option] = {}

        def consider(due: _Due, level: int) -> None:
            known = options.get((due.item, due.n))
            if known is not None and known.evidence >= level:
                return
            item = book.items[due.item]
            if row.date < item.product.start or (
                    row.currency and row.currency != item.product.currency):
                return
            fit = 1 if item.product.kind in kind_named else 0
            distance = abs((due.day - row.date).days)
            if due.amount is None:  # a card: its name is the match, any amount
                options[(due.item, due.n)] = _Option(due, level, fit, 0, None, distance)
                return
            difference = amount - due.amount
            limit = tight if level < _Needles.LENDER else max(tight, due.amount * policy.loose)
            if abs(difference) > limit:
                return
            closeness = 2 if difference == 0 else 1 if abs(difference) <= tight else 0
            options[(due.item, due.n)] = _Option(due, level, fit, closeness, difference,
                                                 distance)

        # A card named only by its lender (招商银行) is this row's when the row says it paid a
        # card (信用卡), or when nothing else of that lender fits.
        lender_cards: list[tuple[int, int]] = []
        for word in words:
            pointed = book.needles.words[word]
            if len(pointed) <= book.FEW:
                for item, level in pointed.items():
                    if level < _Needles.ITEM and book.items[item].product.kind is Kind.CARD:
                        lender_cards.append((item, level))
                        continue
                    for due in book.near(item, row.date):
                        consider(due, level)
                continue
            # A lender of many plans: only its due payments within the loose tolerance.
            low = int(((amount - tight) / (1 + policy.loose)).scaleb(2))
            high = int(((amount + tight) / (1 - policy.loose)).scaleb(2)) + 1
            for due in book.word_index(word).find(earliest, latest, low, high):
                consider(due, pointed[due.item])
            for card in book.cards_of(word):
                if pointed[card] >= _Needles.ITEM:
                    for due in book.near(card, row.date):
                        consider(due, pointed[card])
                else:
                    lender_cards.append((card, pointed[card]))
        if lender_cards and (Kind.CARD in kind_named or not options):
            for card, level in lender_cards:
                for due in book.near(card, row.date):
                    consider(due, level)
        named_item = any(level >= _Needles.ITEM for word in words
                         for level in book.needles.words[word].values())
        if not named_only and not named_item:  # a row naming its item is that item's or none
            low, high = int((amount - tight).scaleb(2)), int((amount + tight).scaleb(2))
            for due in book.everything.find(earliest, latest, low, high):
                consider(due, 0)
            # A row that says 信用卡 where the profile has one open card: that card.
            if Kind.CARD in kind_named and len(book.cards) == 1:
                for due in book.near(book.cards[0], row.date):
                    consider(due, 0)
        return list(options.values())

    def _take_typed_in(self, item: int, row: StatementRow) -> bool:
        """Whether the profile already has this payment (same amount, a few days apart); it is
        then owned by this row, so a second equal row is not absorbed by the same payment."""
        payments = self.typed_in[item]
        window = self.policy.recorded_days
        for k, payment in enumerate(payments):
            if payment.amount == row.amount and abs((payment.date - row.date).days) <= window:
                del payments[k]
                return True
        return False


def _rank(option: _Option) -> tuple[int, int, int]:
    """Evidence first (the item named, its lender, nothing), then the kind named, then how
    close the amount is."""
    return (option.evidence, option.kind_fit, option.closeness)


def _difference(amount: Decimal, due: _Due) -> Decimal | None:
    if due.amount is None or amount == due.amount:
        return None
    return amount - due.amount


def _proposal(row: StatementRow, items: Sequence[Item], policy: Policy) -> ProposedDraw | None:
    """A drawdown not already in the profile (an item started within ``draw_days`` of it for
    the same principal), as a proposed credit-line draw."""
    for item in items:
        if (item.product.principal == row.amount
                and abs((item.product.start - row.date).days) <= policy.draw_days):
            return None
    text = _fold(row.text)
    lender = next((word for word in LENDER_WORDS if word in text), "") or row.counterparty
    return ProposedDraw(row, lender.strip() or "credit line")
