"""The legal definitions of the true annual rate the engine computes under: a name and nothing
heavy, so the product model (and the text layer) can name a convention without loading the
rate solver and numpy (``planner.core.apr`` computes it)."""

from __future__ import annotations

from enum import StrEnum


class Convention(StrEnum):
    """Which law's definition of the true annual rate to apply.

    ``us-reg-z``: 12 CFR 1026.22(a) and Appendix J, actuarial method. The unit period is the
    most common period between payments ((b)(4)(i)); a single-advance, single-payment
    transaction uses its term, not more than a year ((b)(4)(ii)). Time from the start of the
    term is t whole unit periods plus a fraction f ((b)(5)), the fraction at simple interest
    ((b)(6)); the general equation (b)(8) is
    sum A_k / ((1 + e_k i)(1 + i)^q_k) = sum P_j / ((1 + f_j i)(1 + i)^t_j), and
    APR = i x unit periods per year ((b)(1)).

    ``eu-aprc``: Directive 2008/48/EC Annex I (Directive 2011/90/EU text of Part I):
    sum C_k (1 + X)^-t_k = sum D_l (1 + X)^-s_l with annual compounding; t in years from the
    first drawdown, whole months / 12 (whole weeks / 52 for a weekly schedule) and then days
    over 365 or 366, counted backwards (remark (c)). X is the APRC and its own effective rate.

    ``cn-irr``: PBoC Announcement [2021] No. 3: the annualised rate by the IRR method, shown as
    the periodic IRR x periods per year; the unit period is the schedule's most common interval
    (a single repayment's term, as in Appendix J) and fractions of a period are discounted at
    compound interest too: remaining days over the actual month before the whole months.
    """

    US_REG_Z = "us-reg-z"
    EU_APRC = "eu-aprc"
    CN_IRR = "cn-irr"
