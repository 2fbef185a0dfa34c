"""Tables and word sets shared by the parts of the rule-based coder."""

from __future__ import annotations

import re
from datetime import date

CODER_NAME = "detente.rules.v7"

# Where a source's home government is implied ("the Ministry of Defence" on kremlin.ru).
HOME_CODES = {"kremlin.ru": "RUS", "president.gov.ua": "UKR", "mid.ru": "RUS", "mil.ru": "RUS",
              "mfa.gov.ua": "UKR", "whitehouse.gov": "USA", "state.gov": "USA",
              "gov.uk": "GBR"}
INSTITUTIONAL = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY", "COP"})
# An outlet's words for the other side's forces ("the occupiers" on president.gov.ua, "the
# nationalists" on kremlin.ru) name its adversary's military, as the gold codebook codes them.
ADVERSARY = {"UKR": "RUS", "RUS": "UKR"}
# talks formats and small blocs (the Donbas peace process's, the Lublin Triangle, BRICS) and
# the states (and body) meeting in them: the gold codes a meeting of one as its members'
# multilateral talks
FORMAT_MEMBERS = {"N4": ("DEU", "FRA", "RUS", "UKR"), "TCG": ("OSCE", "RUS", "UKR"),
                  "LUBLIN": ("LTU", "POL", "UKR"), "TRIO": ("GEO", "MDA", "UKR"),
                  "BRICS": ("BRA", "CHN", "IND", "RUS", "ZAF")}
# The day the war the bundled releases tell of went full-scale: land "liberated" in an
# outlet's words before it is an earlier war's (1943, 2014) or a drill's.
WAR_WIDENED = date(2022, 2, 24)
# Who opens a humanitarian corridor nobody is named for, by the outlet's country: in the war
# the bundled releases tell of, the corridors out of besieged and occupied towns are the
# ones the Russian forces let open (Kyiv asks for them, Moscow announces them).
CORRIDOR_HOLDER = {"UKR": "RUS", "RUS": "RUS"}
CORRIDOR_WORDS = frozenset({"corridor"})
# Where the war each outlet tells of is fought: the unnamed people and places its enemy
# strikes ("thousands of people were killed") are that country's.
WAR_GROUND = {"UKR": "UKR", "RUS": "UKR"}
# Who wages a war under its own name for it: "the special military operation in Ukraine" is
# Moscow's (the gold codes it as Russia's attack on the land named, ASSAULT RUS>UKR).
NAMED_OPERATIONS = {frozenset({"special", "military"}): "RUS"}
# Who the sanctions of the corpus's years on a country come from when no one is named
# ("the sanctions imposed on us", "Belarus is under sanctions"): the West (CAMEO's WST).
SANCTIONED_BY = {"RUS": "WST", "BLR": "WST"}
# How an evacuation hangs on the corridor it is the purpose of ("opened to evacuate",
# "the opening of corridors for the exit of civilians").
PURPOSE_DEPS = frozenset({"xcomp", "advcl", "prep", "pobj", "acl"})
# Whom an outlet means by "our partners", "international partners", "partner states" when it
# names no one: Kyiv's releases of 2021-2022 mean the Western states backing it (the gold
# codes them WST, CAMEO's West); the Kremlin's "partners" are anyone, so they stay unnamed.
PARTNERS_OF = {"UKR": "WST"}
# Offices whose country may follow in words the parse hung elsewhere ("Adviser to the
# President of the Republic of Estonia on Foreign Affairs Celia Kuningas-Saagpakk").
TITLE_HEADS = frozenset({"adviser", "advisor", "minister", "ambassador", "envoy", "secretary",
                         "chairman", "head", "representative", "commissioner", "speaker"})
HOSTILE_LABELS = {"UKR": frozenset({"occupier", "invader", "enemy", "aggressor", "occupant",
                                    "racist", "orc"}),
                  "RUS": frozenset({"nationalist", "neo-nazi", "neo", "nazi", "neonazi"})}

OBJECT_PREPS = frozenset({"from", "of", "on", "to", "for", "into", "with", "against", "about",
                          "out", "off", "under", "in"})
SOFT_ASSAULT = frozenset({"hit", "target", "strike", "destroy", "fire", "pound", "battle", "fight",
                          "clash", "storm", "kill", "wound", "injure", "attack", "assault",
                          "raid", "damage"})
MILITARY_WORDS = frozenset({"missile", "rocket", "shell", "shelling", "artillery", "airstrike",
                            "strike", "attack", "army", "troop", "force", "military", "drone",
                            "bomb", "bombing", "soldier", "serviceman", "servicemen", "mortar",
                            "tank",
                            "weapon", "militant", "rebel", "fighter", "gunman", "war",
                            "offensive", "invasion", "aircraft", "jet", "helicopter", "police",
                            "explosion", "blast", "frontline", "battalion", "unit", "sniper",
                            "terrorist", "occupier", "invader", "militia", "insurgent",
                            "hostility", "gun", "grenade", "mine", "combat", "armed", "enemy",
                            "projectile"})
# Verbs read by hand in _verb_frame (particles, subjects): "stepped down", "spoke with".
# (WANT_VERBS and lexicon.DESCRIBE_VERBS are read there too and join the triggers.)
SPECIAL_VERBS = ("walk", "resume", "step", "rule", "turn", "lay", "shoot", "blow", "give",
                 "take", "call", "cut", "pull", "fail", "deny", "speak", "talk", "force",
                 "arrive", "travel", "come", "back", "release", "free", "welcome", "strike",
                 "demonstrate", "drive", "expel", "work", "hope", "do", "make", "face",
                 "examine", "study", "participate", "attend", "communicate")
# Verbs whose passive form reports what the subject does: "were engaged in ethnic cleansing",
# "is committed to", "are prepared to".
ACTIVE_PASSIVES = frozenset({"engage", "involve", "commit", "prepare", "determine", "resolve",
                             "oblige", "station", "base", "concentrate", "mass"})
COLLECTIVE_HEADS = frozenset({"group", "number", "hundred", "thousand", "dozen", "member",
                              "representative", "majority", "part", "most", "many", "some",
                              "all", "one", "two", "three", "several", "crowd", "team", "unit",
                              "delegation", "contingent", "batch", "patch", "wave", "column",
                              "third", "half", "quarter", "deployment", "rest", "remainder",
                              "bulk", "first", "dozens", "hundreds", "thousands"})
TOPIC_VERBS = frozenset({"discuss", "negotiate", "talk", "consult", "confer", "mediate",
                         "touch"})
TARGET_PREPS = frozenset({"with", "to", "against", "on", "at", "into", "toward", "towards",
                          "upon", "from", "for", "in", "over", "about"})
ACTOR_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# actor-dictionary matches that name a place an event happens in or reaches
PLACE_KINDS = frozenset({"state", "place", "capital"})
# Dependency relations through which a trigger is folded into a governing trigger above it.
PASS_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "conj", "acomp",
                       "attr", "compound", "amod", "nmod", "oprd", "dative", "nsubjpass", "acl",
                       "poss", "aux", "auxpass", "neg", "prt", "agent", "appos"})
STOP_DEPS = frozenset({"relcl", "parataxis", "nsubj", "csubj", "npadvmod", "mark", "cc",
                       "punct", "ROOT"})
SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# Signing or adopting a text together (PLOVER SUPPORT: "sign, ratify, finalize"): a joint act of
# the parties, paired both ways as agreements are ("adopted a joint statement").
JOINT_SIGNING = frozenset({"sign", "initial", "conclude", "adopt", "approve"})
# verbs of agreeing and talking that need a second party even when the sentence names one
BILATERAL_LEMMAS = frozenset({"agree", "discuss", "negotiate", "talk", "consult", "confer",
                              "meet", "agreement", "talks", "negotiation", "cooperate",
                              "cooperation", "interaction", "coordinate", "sign", "conclude",
                              "reach", "exchange", "contact", "conversation", "dialogue",
                              "meeting", "consultation"})
# acts whose two sides are no "parties" a later sentence's talks or agreement can mean
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION", "PROTEST", "ACCUSE",
                           "MOBILIZE"})
# what offered talks are told under: "I hope to have a dialogue", "happy to continue"
WISHING = frozenset({"hope", "want", "wish", "happy", "glad", "delighted", "eager"})
INTENT_VERBS = frozenset({"go", "intend", "plan", "mean", "seek", "aim", "want", "try"})
WANT_VERBS = frozenset({"want", "expect", "wish", "need", "like"})
# a release of a message to someone (a greeting, congratulations, condolences)
MESSAGE_TITLE = re.compile(r"^(?:Birthday )?(?:Greetings?|Congratulations|Condolences|"
                           r"Message|Letter)\b")
# a release about a meeting, call or visit names its counterpart in the title
BILATERAL_TITLE = re.compile(r"\b(?:with|talks|meeting|met|meets|visit|conversation|call|"
                             r"negotiations|summit|discuss(?:es|ed)?)\b", re.I)
# a speech to an audience the title names ("Address by the Head of the Office of the President
# of Ukraine to the Ministers of Foreign Affairs of the Gulf Cooperation Council")
ADDRESS_TITLE = re.compile(r"\b(?:address(?:ed)?|speech|spoke|speaks)\b[^-–]*?\b(?:to|at|in|"
                           r"before)\b", re.I)
# a release on the President's own meeting or call ("Meeting with Foreign Minister Lavrov")
MEETING_TITLE = re.compile(r"^(?:\w+ ){0,2}(?:meeting|conversation|call|talks) with\b", re.I)
# offers, refusals, threats and demands whose other party may be named only in what they
# are about ("offered to negotiate with Armenia")
COMPLEMENT_TARGETED = frozenset({"AGREE", "REJECT", "THREATEN", "REQUEST"})
# measures that fall on the place they are taken in when they name no one
PLACE_TARGETED = frozenset({"COERCE", "MOBILIZE", "CONCEDE", "THREATEN"})
# one side's acts that a two-sided release tells as meant for the other side
TO_THE_COUNTERPART = frozenset({"AGREE", "REQUEST", "SUPPORT", "AID"})
NEGOTIATE = frozenset({"talks", "negotiate", "negotiation"})
# modifiers that make drills, patrols or projects shared ones
JOINT = frozenset({"joint", "combined", "bilateral", "trilateral", "multinational", "jointly"})
FIRST_PLURAL = frozenset({"we", "us", "our"})
# plural subjects that name both sides of a deal ("the parties agreed to lift restrictions")
JOINT_SUBJECTS = frozenset({"party", "side", "interlocutor", "leader", "president", "delegation",
                            "country", "state", "government", "negotiator"})
RECIPROCAL_TYPES = frozenset({"ACCUSE", "ASSAULT", "RETREAT", "THREATEN", "SANCTION", "REJECT",
                              "COERCE", "PROTEST", "SUPPORT"})
PLURAL_COREF = re.compile(r"^(?:the\s+)?(?:two|both)\s+(?:sides|leaders|presidents|countries|"
                          r"parties|delegations|states|governments|heads of state|ministers|"
                          r"nations|sides')$|^(?:the\s+)?(?:sides|parties|leaders|presidents|"
                          r"heads of state|interlocutors|counterparts)$|"
                          r"^(?:the\s+|all\s+)?(?:three|four|five)\s+(?:countries|states|"
                          r"leaders|presidents|nations|governments|sides|parties)$|"
                          r"^(?:the\s+)?(?:leaders|heads|presidents)\s+of\s+(?:the\s+)?"
                          r"(?:two|three|four|five)\s+(?:countries|states|nations)$", re.I)
GROUP_SIZES = {"three": 3, "four": 4, "five": 5}
ROMAN_SPEAKER = re.compile(r"^[A-Z][\w.\- ]{2,40}:$")

BASE_CONFIDENCE = {"verb": 0.75, "object": 0.8, "governor": 0.8, "noun": 0.6, "must": 0.6,
                   "adj": 0.7}
# Verbs that only carry out the act a noun names: "the attack carried out by Russian troops",
# "the support provided by the Netherlands" (their agent is the act's doer).
DOING_VERBS = frozenset({"carry", "conduct", "commit", "launch", "provide", "give", "render",
                         "extend", "wage", "unleash", "perpetrate", "undertake", "make",
                         "deliver", "send", "show", "express", "offer", "inflict"})

# verbs whose passive subject is the recipient ("Ukraine was granted candidate status",
# "Kyiv was given weapons"): the retained object is the gift, not a party
GIVING_VERBS = frozenset({"grant", "give", "award", "offer", "send", "promise", "lend",
                          "allocate"})
# what one has or gets from someone ("has the support of the US", "received aid from");
# won from them, not merely had or felt: "Ukraine has gained full support of all countries"
RECEIVING_VERBS = frozenset({"have", "receive", "get", "gain", "enjoy", "feel", "obtain"})
WON_VERBS = RECEIVING_VERBS - {"have", "feel"} | {"win"}

# parties from abroad that no one state is ("all world leaders", "the leaders of other
# countries"): no country is filled in for them
_MANY_ABROAD = r"world leaders?|(?:other|many|various) (?:countries|states|nations)"
MANY_ABROAD = re.compile(rf"\b(?:{_MANY_ABROAD})\b", re.I)
# words of a party from abroad, whom the outlet's state never fills in ("thanked the
# interlocutors", "congratulated the foreign ambassadors")
# (not "our defence and foreign ministers", "the Foreign Ministry")
FROM_ABROAD = re.compile(r"\b(foreign(?!\s+(?:affairs|minist\w*|polic\w*|office|service|"
                         r"intelligence|trade|economic))|interlocutors?|counterparts?|guests?|"
                         rf"{_MANY_ABROAD})\b", re.I)
