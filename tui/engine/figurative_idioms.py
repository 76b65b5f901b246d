"""The word table of :mod:`tui.engine.figurative`: for each metal word, the idioms in which it
names no metal, written as that module describes (``@`` the metal word, ``*`` any ending, ``~``
any one word, ``$`` the end of the noun phrase)."""

from __future__ import annotations

#: A medal won: verbs and events before the metal word, only where the word ends the phrase.
_MEDALS = (
    "won @ $",
    "win @ $",
    "wins @ $",
    "winning @ $",
    "took @ $",
    "take @ $",
    "takes @ $",
    "clinch* @ $",
    "bag* @ $",
    "grab* @ $",
    "olympic @",
    "olympics @",
    "paralympic @",
    "world championship* @",
    "commonwealth games @",
    "oscar @",
    "oscars @",
    "emmy @",
    "grammy @",
    "bafta @",
    "@ medal*",
    "@ award*",
    "@ prize",
    "@ winning",  # "the gold-winning relay team"
)

#: What sold enough to be certified: a "platinum-selling rapper", a "gold-selling album".
_SOLD = tuple(
    f"@ selling {who}"
    for who in ("artist*", "album*", "single*", "record*", "rapper*", "singer*", "band*", "act*")
)

#: A medal count or a record's sales told by a multiple ("won double gold in Paris", "went
#: triple platinum"): only after a verb of winning or of a record's rank, since "doubles" and
#: "triples" are verbs of change too ("India doubles gold import duty" names the metal).
_MULTIPLES = tuple(
    f"{verb} {times} @{end}"
    for times in ("double", "triple")
    for verb, end in (
        *((v, "") for v in ("went", "goes", "go", "gone", "going", "certified")),
        *((v, " $") for v in ("won", "win", "wins", "winning", "took", "take", "takes")),
        *((v, " $") for v in ("clinch*", "bag*", "grab*")),
    )
)

#: Ranks, tiers and certifications: a card, a status, a record that "went gold".
_RANKS = (
    *_SOLD,
    "@ standard",
    "@ star",
    "@ card",
    "@ status",
    "@ tier",
    "@ member*",
    "@ sponsor*",
    "@ album",
    "@ disc",
    "@ anniversary",
    "@ jubilee",
    "@ troph*",  # a console's "platinum trophy"
    "@ credit card*",
    # a paid tier of a games service ("Games with Gold", "Xbox Live Gold")
    "games with @",
    "xbox @",
    "xbox live @",
    "went @",
    "goes @",
    "go @ $",
    "gone @ $",
    "certified @",
    *_MULTIPLES,
    "multi @",
)

#: An object's colour or trim beside another colour ("a black and gold colour scheme", "gold and
#: chrome"), never beside a metal's word ("gold and silver prices" lists metals).
_COLOURS = (
    *(
        f"{pair}"
        for colour in (
            "black",
            "white",
            "red",
            "blue",
            "green",
            "chrome",
            "pink",
            "purple",
            "grey",
            "gray",
            "navy",
            "ivory",
            "cream",
            "teal",
            "orange",
            "yellow",
            "brown",
        )
        for pair in (f"{colour} and @", f"@ and {colour}")
    ),
    "@ accent*",
    "@ colour*",
    "@ color*",
)

#: A vehicle's colour: "a silver Toyota", "a silver van" (silver only: a "gold truck" may carry
#: the metal).
_VEHICLES = tuple(
    f"@ {vehicle}"
    for vehicle in (
        "car", "van", "suv", "sedan", "saloon", "hatchback", "pickup", "estate car",
        "kia", "toyota", "honda", "ford", "audi", "bmw", "mercedes", "volkswagen", "vw",
        "nissan", "hyundai", "tesla", "vauxhall", "peugeot", "renault", "mazda", "volvo",
        "skoda", "fiat", "jeep", "lexus", "subaru", "chevrolet", "chevy", "porsche",
    )
)  # fmt: skip

#: An actor's role: the character mines, smuggles or sells the metal; the story is a film's
#: ("his turn as a gold-miner", "stars as a silver smuggler").
_ROLES = (
    "turn as a @",
    "turn as the @",
    "stars as a @",
    "starring as a @",
    "starred as a @",
    "cast as a @",
    "plays a @",
    "played a @",
    "playing a @",
)

#: "copper" for a police officer (British slang): words that only a person takes before it, or a
#: former officer who is jailed, cleared or charged ("a former copper mine" is the metal).
_POLICE = (
    "bent @",
    "off duty @",
    "undercover @",
    "plain clothes @",
    "plainclothes @",
    *(
        f"{was} @ {then}"
        for was in ("former", "retired", "ex", "veteran")
        for then in ("jailed", "cleared", "charged", "convicted", "sacked", "arrested", "who")
    ),
    "former @ $",
    "retired @ $",
    "ex @ $",
    "veteran @ $",
)

#: A trait of character: "the steel in America's spine", "steel in her voice".
_TRAITS = tuple(
    f"@ in ~ {part}" for part in ("spine", "backbone", "voice", "eye", "gaze", "nerve", "soul")
)

#: Idiom word -> the phrases in which it is figurative.
IDIOMS: dict[str, tuple[str, ...]] = {
    "gold": (
        *_MEDALS,
        *_RANKS,
        *_ROLES,
        *_COLOURS,
        "@ digger*",
        "@ plated",
        "@ plating",
        # a rush for something else ("the AI gold rush"); a gold rush of miners is the metal
        *(f"{what} @ rush" for what in ("ai", "crypto", "bitcoin", "tech", "digital", "dotcom")),
        "@ cup",
        "@ glove*",
        "@ coast",
        "heart of @",
        "good as @",
        "weight in @",
        "pot of @",
        "black @",
        "liquid @",
        "paved with @",
    ),
    "silver": (
        *_MEDALS,
        *_RANKS,
        *_ROLES,
        *_COLOURS,
        *_VEHICLES,
        "@ lion*",  # the Venice festival's award
        "@ lining",
        "@ bullet",
        "@ screen",
        "@ spoon",
        "@ platter",
        "@ tongue*",
        "@ haired",
        "@ fox",
        "@ surfer",
        "@ economy",
        "@ tsunami",
        "@ generation",
        "@ alert",
        "@ lake",
        "@ spring",
        "@ state",
    ),
    "bronze": (*_MEDALS, "@ age"),
    "platinum": (*_RANKS, *_ROLES, *_COLOURS, "@ blonde*"),
    "copper": (
        *_ROLES,
        *_POLICE,
        "@ bottomed",
        "@ beech",
        "@ colour*",
        "@ color*",
        "@ haired",
        # the US drinking-water rule named for the two contaminants it limits
        "lead and @ rule",
    ),
    "iron": (
        "@ out",
        "@ fist*",
        "@ grip",
        "@ willed",
        "@ curtain",
        "@ lady",
        "@ man",
        "@ dome",
        "@ law",
        "@ hand",
        "@ handed",
        "@ clad",
        "@ maiden",
        "@ throne",
        "@ rice bowl*",
        "@ chancellor",
        "@ in the fire",
        "pump* @",
        "strike while the @",
    ),
    "lead": (
        "@ the",
        "@ by example",
        "@ role",
        "@ singer",
        "@ author",
        "@ negotiator",
        "@ investor",
        "@ manager",
        "@ arranger",
        "@ time",
        "take the @ $",
        "takes the @ $",
        "took the @ $",
        "taking the @ $",
        "take a @ from",
        "takes a @ from",
        "took a @ from",
        "taking a @ from",
        "in the @ $",
        "into the @ $",
        "could @ to",
        "would @ to",
        "will @ to",
        "may @ to",
        "might @ to",
        "can @ to",
        "should @ to",
    ),
    "tin": (
        "@ foil hat*",
        "@ pot",
        "@ potted",
        "@ ear",
        "@ eared",
        "@ man",
        "@ pan alley",
        "@ star",
        "@ soldier*",
        "@ lizzie*",
        "@ anniversary",
        # a can, not the metal ("tin cans"), and the Lagos port named for one ("Tin Can Island")
        "@ cans",
        "@ can $",
        "@ can island",
    ),
    "nickel": ("@ and dime", "@ and dimed", "@ and diming"),
    "cobalt": ("@ blue", "@ strike"),
    "steel": (
        *_ROLES,
        *_TRAITS,
        "nerves of @",
        "ring of @",
        "man of @",
        "@ yourself",
        "@ himself",
        "@ herself",
        "@ itself",
        "@ ourselves",
        "@ themselves",
        "@ magnolias",
    ),
    "brass": ("top @", "@ tacks", "@ neck*", "@ band", "@ monkey*"),
}
