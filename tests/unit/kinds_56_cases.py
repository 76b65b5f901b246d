"""Cases of ``test_classifier_kinds_56.py`` (ORDERS, REVOCATIONS, REVIEW_RESULTS, STEPS, SECTION,
SECOND), labelled before the engine read them; the kinds, first-time counts and fixes are in that
module's docstring."""

from __future__ import annotations

import pytest
from kinds_cases import Want

_ORDER_LEDE = (
    "Based on affirmative final determinations by the U.S. Department of Commerce (Commerce) and"
    " the U.S. International Trade Commission (ITC), Commerce is issuing {what}."
)


_CONT_LEDE = (
    "As a result of the determinations by the U.S. Department of Commerce (Commerce) and the"
    " U.S. International Trade Commission (ITC) that revocation of the {what} would be likely to"
    " lead to continuation or recurrence of dumping and material injury, Commerce is publishing"
    " a notice of continuation."
)


#: (title, summary, want): kind 1, an order issued or continued.
ORDERS: list = [
    (
        "Aluminum Extrusions From the Republic of Indonesia: Antidumping Duty Order",
        _ORDER_LEDE.format(what="an antidumping duty order on aluminum extrusions from Indonesia"),
        ("tariff", "ID", "US", False),
    ),
    (
        "Certain Tin Mill Products From the Republic of Korea and Taiwan: Antidumping Duty Orders",
        _ORDER_LEDE.format(what="antidumping duty orders on certain tin mill products"),
        ("tariff", "KR", "US", False),
    ),
    (
        "Seamless Refined Copper Pipe and Tube From the Socialist Republic of Vietnam:"
        " Antidumping Duty Order",
        "",
        ("tariff", "VN", "*", False),
    ),
    (
        "Welded Stainless Steel Pipe From India and Malaysia: Countervailing Duty Orders",
        _ORDER_LEDE.format(what="countervailing duty orders on welded stainless steel pipe"),
        ("tariff", "IN", "US", False),
    ),
    (
        "Unwrought Palladium From the Russian Federation: Antidumping and Countervailing Duty"
        " Orders",
        "",
        ("tariff", "RU", "*", False),
    ),
    (
        "Magnesium From Israel: Continuation of Antidumping Duty Order",
        _CONT_LEDE.format(what="antidumping duty order on magnesium from Israel"),
        ("tariff", "IL", "US", False),
    ),
    (
        "Nickel-Plated Flat-Rolled Steel From Japan and the Kingdom of the Netherlands:"
        " Continuation of Antidumping Duty Orders",
        "",
        ("tariff", "JP", "*", False),
    ),
    (
        "Aluminum Wire and Cable From the People's Republic of China: Continuation of"
        " Antidumping and Countervailing Duty Orders",
        _CONT_LEDE.format(what="antidumping and countervailing duty orders"),
        ("tariff", "CN", "US", False),
    ),
    # the summary names the agency only as "Commerce", not "the U.S. Department of Commerce"
    # as the real notices do: read with no importer, left alone (the word alone names no state)
    pytest.param(
        "Tungsten Shot From the People's Republic of China: Termination of the Suspension"
        " Agreement and Issuance of the Antidumping Duty Order",
        "Commerce is terminating the suspension agreement and issuing an antidumping duty order"
        " on tungsten shot from China.",
        ("tariff", "CN", "US", False),
        marks=pytest.mark.xfail(reason="'Commerce' alone names no importer", strict=True),
    ),
]


#: (title, summary, want): kind 2, an order revoked, whole or in part.
REVOCATIONS: list[tuple[str, str, Want]] = [
    (
        "Steel Wire Garment Hangers From Taiwan: Final Results of Sunset Review and Revocation"
        " of Antidumping Duty Order",
        "Because the domestic interested parties did not participate in this sunset review, the"
        " U.S. Department of Commerce (Commerce) is revoking the antidumping duty order.",
        ("resuming", "TW", "US", False),
    ),
    (
        "Copper Pipe and Tube From Mexico: Final Results of Changed Circumstances Review, and"
        " Revocation of the Antidumping Duty Order, in Part",
        "The U.S. Department of Commerce (Commerce) is revoking, in part, the antidumping duty"
        " order on copper pipe and tube from Mexico.",
        ("resuming", "MX", "US", False),
    ),
    (
        "Aluminum Foil From the Republic of Turkey: Revocation of Antidumping and Countervailing"
        " Duty Orders",
        "As a result of the determinations by the U.S. International Trade Commission that"
        " revocation would not be likely to lead to material injury, the U.S. Department of"
        " Commerce is revoking the orders.",
        ("resuming", "TR", "US", False),
    ),
    (
        "Stainless Steel Flanges From India: Revocation of Countervailing Duty Order",
        "",
        ("resuming", "IN", "*", False),
    ),
]


#: (title, summary, want): kind 3, an administrative review's final results set the duties.
REVIEW_RESULTS: list[tuple[str, str, Want]] = [
    (
        "Circular Welded Carbon Steel Pipes and Tubes From Thailand: Final Results of"
        " Antidumping Duty Administrative Review; 2022-2023",
        "",
        ("tariff", "TH", "*", False),
    ),
    (
        "Aluminum Extrusions From the People's Republic of China: Final Results of"
        " Countervailing Duty Administrative Review; 2021",
        "The U.S. Department of Commerce (Commerce) determines that countervailable subsidies"
        " were provided to producers and exporters of aluminum extrusions from China.",
        ("tariff", "CN", "US", False),
    ),
    (
        "Certain Tin Mill Products From Canada: Final Results of Antidumping Duty"
        " Administrative Review; 2023-2024",
        "",
        ("tariff", "CA", "*", False),
    ),
]


#: (title, summary, want): kind 4, a step of the case: no event.
STEPS: list[tuple[str, str, Want]] = [
    (
        "Light-Walled Rectangular Pipe and Tube From Mexico: Preliminary Results of Antidumping"
        " Duty Administrative Review; 2022-2023",
        "The U.S. Department of Commerce (Commerce) preliminarily determines that producers or"
        " exporters sold subject merchandise at less than normal value.",
        None,
    ),
    (
        "Aluminum Extrusions From the Republic of Turkey: Final Affirmative Determination of"
        " Sales at Less Than Fair Value",
        "The U.S. Department of Commerce (Commerce) determines that aluminum extrusions from"
        " Turkey are being, or are likely to be, sold in the United States at less than fair"
        " value.",
        None,
    ),
    (
        "Copper Pipe and Tube From Vietnam: Preliminary Affirmative Countervailing Duty"
        " Determination",
        "",
        None,
    ),
    (
        "Certain Steel Nails From the Sultanate of Oman: Final Results of the Expedited Sunset"
        " Review of the Antidumping Duty Order",
        "As a result of this expedited sunset review, the U.S. Department of Commerce finds that"
        " revocation of the antidumping duty order would be likely to lead to continuation or"
        " recurrence of dumping.",
        None,
    ),
    ("Initiation of Five-Year (Sunset) Reviews", "", None),
    (
        "Initiation of Five-Year (Sunset) Reviews",
        "In accordance with the Tariff Act of 1930, the U.S. Department of Commerce is initiating"
        " the five-year reviews of the antidumping duty orders on steel wire rod and aluminum"
        " foil.",
        None,
    ),
    ("Initiation of Antidumping and Countervailing Duty Administrative Reviews", "", None),
    (
        "Initiation of Antidumping and Countervailing Duty Administrative Reviews",
        "The U.S. Department of Commerce has received requests to conduct administrative"
        " reviews of antidumping and countervailing duty orders on steel and aluminum products.",
        None,
    ),
    (
        "Silicon Metal From the Russian Federation: Rescission of Antidumping Duty"
        " Administrative Review; 2023-2024",
        "",
        None,
    ),
    (
        "Stainless Steel Bar From India: Partial Rescission of Antidumping Duty Administrative"
        " Review; 2022-2023",
        "The U.S. Department of Commerce is rescinding, in part, the administrative review of the"
        " antidumping duty order on stainless steel bar from India.",
        None,
    ),
    (
        "Steel Concrete Reinforcing Bar From Mexico: Notice of Court Decision Not in Harmony With"
        " the Final Results of Antidumping Duty Administrative Review; Notice of Amended Final"
        " Results",
        "",
        None,
    ),
    (
        "Aluminum Foil From the People's Republic of China: Affirmative Final Determination of"
        " Circumvention of the Antidumping and Countervailing Duty Orders",
        "The U.S. Department of Commerce (Commerce) determines that aluminum foil completed in"
        " Thailand using Chinese inputs is circumventing the orders.",
        None,
    ),
    (
        "Carbon Steel Butt-Weld Pipe Fittings From the People's Republic of China: Final Scope"
        " Ruling",
        "",
        None,
    ),
    (
        "Ferrovanadium From the Republic of South Africa; Institution of Five-Year Reviews",
        "The Commission hereby gives notice that it has instituted reviews to determine whether"
        " revocation of the antidumping duty order would be likely to lead to injury.",
        None,
    ),
    (
        "Tin Mill Products From Canada, China, Germany, and Korea; Institution of Five-Year"
        " Reviews",
        "",
        None,
    ),
    ("Aluminum Lithographic Printing Plates From China and Japan; Determinations", "", None),
    (
        "Steel Concrete Reinforcing Bar From Algeria, Egypt, and Vietnam; Determinations",
        "On the basis of the record developed in the subject investigations, the United States"
        " International Trade Commission determines that an industry in the United States is"
        " materially injured by reason of imports of steel concrete reinforcing bar.",
        None,
    ),
    (
        "Aluminum Extrusions From Indonesia, Italy, and Vietnam; Scheduling of the Final Phase"
        " of Antidumping and Countervailing Duty Investigations",
        "",
        None,
    ),
    ("Nickel Alloy Wire From Taiwan; Termination of Investigation", "", None),
    (
        "Copper Pipe and Tube From the Republic of Korea: Initiation and Preliminary Results of"
        " Changed Circumstances Review",
        "",
        None,
    ),
    (
        "Large Diameter Welded Steel Pipe From Canada: Final Results of Changed Circumstances"
        " Review",
        "The U.S. Department of Commerce (Commerce) finds that Atlas Tube Inc. is the"
        " successor-in-interest to Atlas Steel for purposes of the antidumping duty order.",
        None,
    ),
    (
        "Unwrought Palladium From the Russian Federation: Suspension of Antidumping Duty"
        " Investigation",
        "",
        None,
    ),
    (
        "Steel Wire Rod From Mexico: Final Results of the Expedited Sunset Review of the"
        " Suspension Agreement",
        "",
        None,
    ),
    (
        "Aluminum Extrusions From the People's Republic of China: Initiation of Circumvention"
        " Inquiry on the Antidumping and Countervailing Duty Orders",
        "",
        None,
    ),
    (
        "Steel Pipe From Korea: Notice of Amended Final Results of Antidumping Duty"
        " Administrative Review Pursuant to Court Decision",
        "",
        None,
    ),
]


#: (title, summary, want): Section 232 notices: products added, or a process opened.
SECTION_232: list[tuple[str, str, Want]] = [
    (
        "Adoption and Procedures of the Section 232 Aluminum Tariff Inclusions Process",
        "The Bureau of Industry and Security is adding 120 Harmonized Tariff Schedule codes to"
        " the derivative aluminum products subject to the Section 232 tariffs.",
        ("tariff", "*", "US", False),
    ),
    (
        "Section 232 National Security Adjustments of Imports of Steel: Requests for Inclusions"
        " of Derivative Products",
        "",
        None,
    ),
    (
        "Section 232 National Security Adjustments of Imports of Aluminum: Procedures for"
        " Product Exclusion Requests",
        "",
        None,
    ),
]


#: (title, summary, want): a second batch, written after the first was read: steps whose title
#: names no metal and whose lede does, rescissions with their lede, the ITC's schedules, the
#: Department's standing calls, and review results that keep the duty.
SECOND: list[tuple[str, str, Want]] = [
    (
        "Initiation of Five-Year (Sunset) Reviews",
        "The U.S. Department of Commerce is initiating the five-year reviews of the antidumping"
        " duty orders on copper pipe and tube from China and Mexico.",
        None,
    ),
    (
        "Antidumping or Countervailing Duty Order, Finding, or Suspended Investigation;"
        " Opportunity To Request Administrative Review and Join Annual Inquiry Service List",
        "Each year during the anniversary month of an order, an interested party may request an"
        " administrative review of the antidumping duty orders on steel and aluminum products.",
        None,
    ),
    (
        "Antidumping or Countervailing Duty Order, Finding, or Suspended Investigation; Advance"
        " Notification of Sunset Review",
        "The U.S. Department of Commerce is notifying parties of the upcoming sunset reviews of"
        " the antidumping duty orders on nickel alloy pipe and tin mill products.",
        None,
    ),
    (
        "Certain Steel Nails From Taiwan: Rescission of Antidumping Duty Administrative Review;"
        " 2023-2024",
        "The U.S. Department of Commerce is rescinding the administrative review of the"
        " antidumping duty order on certain steel nails from Taiwan.",
        None,
    ),
    (
        "Tin Mill Products From Germany: Partial Rescission of Countervailing Duty Administrative"
        " Review; 2022",
        "The U.S. Department of Commerce is rescinding, in part, the administrative review of the"
        " countervailing duty order on tin mill products from Germany.",
        None,
    ),
    (
        "Section 232 National Security Adjustments of Imports of Copper: Requests for Exclusions"
        " of Derivative Products",
        "",
        None,
    ),
    (
        "Copper Pipe and Tube From China and Mexico; Institution of Five-Year Reviews",
        "The Commission hereby gives notice that it has instituted reviews to determine whether"
        " revocation of the antidumping duty orders on copper pipe and tube would be likely to"
        " lead to continuation or recurrence of material injury.",
        None,
    ),
    ("Unwrought Nickel From Russia; Scheduling of Expedited Five-Year Reviews", "", None),
    (
        "Stainless Steel Sheet and Strip From the People's Republic of China: Preliminary Results"
        " of Countervailing Duty Administrative Review and Rescission, in Part; 2022",
        "",
        None,
    ),
    # kept: results of a review that set the duty, with a rescission or a no-shipments finding
    (
        "Aluminum Foil From the People's Republic of China: Final Results of Countervailing Duty"
        " Administrative Review and Rescission of Review, in Part; 2021",
        "",
        ("tariff", "CN", "*", False),
    ),
    (
        "Steel Nails From the Socialist Republic of Vietnam: Final Results of Antidumping Duty"
        " Administrative Review and Final Determination of No Shipments; 2022-2023",
        "",
        ("tariff", "VN", "*", False),
    ),
]
