"""Translated names of the engine's enums: core hands out enums, the app says them in words.

Each table is built when asked, so it follows the language in force at that moment.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.core.apr import Convention
from planner.core.dates import Frequency
from planner.core.portfolio import Status
from planner.core.product import FeeType, Kind, Method, RateQuote


def kind_names() -> dict[Kind, str]:
    return {Kind.CARD: QCoreApplication.translate("Labels", "Credit card"),
            Kind.INSTALLMENT: QCoreApplication.translate("Labels", "Installment plan"),
            Kind.LOAN: QCoreApplication.translate("Labels", "Loan"),
            Kind.CREDIT_LINE: QCoreApplication.translate("Labels", "Credit line draw")}


def method_names() -> dict[Method, str]:
    return {
        Method.ANNUITY: QCoreApplication.translate("Labels", "Equal installments (annuity)"),
        Method.EQUAL_PRINCIPAL: QCoreApplication.translate("Labels", "Equal principal"),
        Method.INTEREST_ONLY: QCoreApplication.translate("Labels", "Interest only, then balloon"),
        Method.BULLET: QCoreApplication.translate("Labels", "Principal and interest at maturity"),
        Method.FEE_INSTALLMENT: QCoreApplication.translate(
            "Labels", "Installments with a monthly fee"),
        Method.INTEREST_FREE: QCoreApplication.translate("Labels", "Interest free"),
    }


def quote_names() -> dict[RateQuote, str]:
    return {
        RateQuote.ANNUAL: QCoreApplication.translate("Labels", "Annual rate"),
        RateQuote.MONTHLY: QCoreApplication.translate("Labels", "Monthly rate"),
        RateQuote.DAILY: QCoreApplication.translate("Labels", "Daily rate"),
        RateQuote.MONTHLY_FEE: QCoreApplication.translate("Labels", "Monthly fee rate"),
        RateQuote.FLAT: QCoreApplication.translate("Labels", "Flat (add-on) annual rate"),
    }


def quote_suffixes() -> dict[RateQuote, str]:
    return {
        RateQuote.ANNUAL: QCoreApplication.translate("Labels", "% a year"),
        RateQuote.MONTHLY: QCoreApplication.translate("Labels", "% a month"),
        RateQuote.DAILY: QCoreApplication.translate("Labels", "% a day"),
        RateQuote.MONTHLY_FEE: QCoreApplication.translate("Labels", "% of the amount a month"),
        RateQuote.FLAT: QCoreApplication.translate("Labels", "% flat a year"),
    }


def frequency_names() -> dict[Frequency, str]:
    return {Frequency.MONTHLY: QCoreApplication.translate("Labels", "Monthly"),
            Frequency.SEMIMONTHLY: QCoreApplication.translate("Labels", "Twice a month"),
            Frequency.BIWEEKLY: QCoreApplication.translate("Labels", "Every two weeks"),
            Frequency.WEEKLY: QCoreApplication.translate("Labels", "Weekly")}


def fee_type_names() -> dict[FeeType, str]:
    return {FeeType.UPFRONT: QCoreApplication.translate("Labels", "Paid at signing"),
            FeeType.PER_PAYMENT: QCoreApplication.translate("Labels", "With every payment"),
            FeeType.FINANCED: QCoreApplication.translate("Labels", "Added to the loan")}


def status_names() -> dict[Status, str]:
    return {Status.ACTIVE: QCoreApplication.translate("Labels", "Active"),
            Status.PAID_OFF: QCoreApplication.translate("Labels", "Paid off"),
            Status.ARCHIVED: QCoreApplication.translate("Labels", "Archived"),
            Status.DISPUTED: QCoreApplication.translate("Labels", "In dispute")}


def convention_names() -> dict[Convention, str]:
    return {
        Convention.CN_IRR: QCoreApplication.translate("Labels", "China (PBoC, IRR method)"),
        Convention.US_REG_Z: QCoreApplication.translate("Labels", "US (Regulation Z)"),
        Convention.EU_APRC: QCoreApplication.translate("Labels", "EU (APRC)"),
    }


def rate_text(quote: RateQuote, value_percent: str) -> str:
    """``0.05% a day`` in the current language."""
    return QCoreApplication.translate("Labels", "{value}{unit}").format(
        value=value_percent, unit=quote_suffixes()[quote])


def quoted_rate(rate, fmt) -> str:
    """A quote as the lender says it, with the decimals it needs: 0.05% a day, 4.35% a year."""
    exponent = -(rate.value * 100).normalize().as_tuple().exponent
    digits = max(2, min(int(exponent), 4))
    return rate_text(rate.quote, fmt.number(float(rate.value) * 100, digits))
