"""The trigger lexicon: which lemmas carry which PLOVER event, read with their arguments.

Three kinds of entries:

- ``VERBS``: a verb lemma that carries one type (and mode) whatever its object;
- ``OBJECT_VERBS``: a verb whose type depends on its object ("release prisoners" RETREAT,
  "release a statement" nothing; "send weapons" AID, "send troops" MOBILIZE);
- ``NOUNS``: event nouns ("talks", "ceasefire", "strike") that carry an event when a light
  verb ("hold talks", "launch strikes") or a copula makes them the predicate;
- ``GOVERNORS``: verbs taking an event as complement ("agreed to exchange", "called for a
  ceasefire", "accused Kyiv of shelling", "refused to meet"): the complement sets the mode
  and may change the type (AGREE + yield -> CONCEDE).

The sets are about the language of conflict and diplomacy, not about particular sentences.
"""

from __future__ import annotations

import re


def _s(text: str) -> frozenset[str]:
    return frozenset(text.split())


# ---------------------------------------------------------------- object and argument classes

PRISONERS = _s("prisoner hostage detainee captive pow serviceman sailor crew body remains "
               "defender marine soldier civilian citizen national journalist activist")
# prisoners of war and the like, as opposed to civilians and hostages: "held by" tells who holds
# them, no arrest
POWS = _s("prisoner detainee pow captive serviceman defender soldier sailor marine")
# those held who are released by name of their trade: "the release of 215 of its fighters"
HELD_FIGHTERS = _s("fighter commander")
TROOPS = _s("troop force soldier army unit personnel contingent military battalion brigade "
            "division serviceman paratrooper marine reservist conscript tank warship "
            "peacekeeper militia regiment fighter")
WEAPONS = _s("weapon arm ammunition missile tank howitzer drone shell system artillery "
             "launcher rocket jet aircraft helicopter munition gun rifle equipment himars "
             "javelin stinger bayraktar vehicle armour armor mlrs projectile")
# weapons whose test is a show of force ("tested hypersonic missiles"), not any system
TESTED_WEAPONS = WEAPONS - {"system", "equipment", "vehicle"}
# what a MOBILIZE moves or reinforces: the mover's own, never the event's target
# Verbs that put a need forward ("stressed the need for X to ..."): a call on X.
STRESS_VERBS = _s("stress emphasise emphasize underline underscore highlight reiterate point "
                  "note confirm reaffirm")
# Helpful acts one commits to ("will do everything possible to save people"): an offer.
COMMITTED_ACTS = _s("ensure save help create provide return evacuate release support protect "
                    "bring get open organize organise secure guarantee restore rebuild find "
                    "resolve deliver supply facilitate assist speed accelerate unblock settle "
                    "rescue free")
# what is "destroyed" or "hit" only figuratively: "destroyed the invaders' plans"
ABSTRACT_TARGETS = _s("plan illusion hope myth dream idea stereotype scheme trust confidence "
                      "reputation narrative lie argument")
# What "hits" or "strikes" people only figuratively ("hit hard by the consequences of").
ABSTRACT_CAUSES = _s("consequence effect impact crisis price prices inflation cost shortage "
                     "pandemic recession shock rise fall news decision corrosion corruption "
                     "mismanagement")
# Coercion verbs whose object is the place or people coerced ("seized a hospital",
# "blocked our convoy"), unlike "imposed a curfew" or "banned a party".
PHYSICAL_COERCE = _s("block blockade seize capture close occupy surround encircle storm besiege "
                     "cut")
DEPLOYED = TROOPS | WEAPONS | _s("capability capacity presence border frontier grouping "
                                  "reserve deterrence")
AID_GOODS = WEAPONS | _s("aid assistance medicine medication food supply fuel vaccine "
                         "humanitarian money fund loan credit grant package tranche gear "
                         "generator cargo donation relief help support million billion "
                         "dollar euro kit shelter blood medical bus vehicle ambulance")
MESSAGES = _s("message letter greeting telegram condolence congratulation note wish")
AWARDS = _s("award decoration medal order prize title insignia")  # given: SUPPORT
SANCTIONS = _s("sanction embargo restriction ban tariff penalty measure blockade siege duty "
               "curfew")
HARD_LIMITS = _s("sanction embargo blockade siege")
TRUCES = _s("ceasefire cease-fire truce armistice")
CEASEFIRES = _s("ceasefire cease-fire truce armistice moratorium pause hostility fighting "
                "fire")
TALKS = _s("talk negotiation meeting summit consultation dialogue conversation contact "
           "round session conference visit mediation discussion")
AGREEMENTS = _s("agreement deal accord treaty memorandum protocol pact document declaration "
                "communique convention contract arrangement understanding compromise "
                "consensus roadmap road settlement")
PROPOSALS = _s("proposal plan offer initiative formula invitation idea proposition "
               "suggestion option") | AGREEMENTS
DEMANDS = _s("demand condition ultimatum term request call")
# people or goods going somewhere, which one can stop: "prevented the evacuation"
MOVEMENTS = _s("evacuation export exit departure passage movement delivery supply access "
               "transit return rescue")
POSITIONS = _s("position stance approach view")  # coordinated in talks
CORRIDORS = _s("corridor access passage evacuation convoy route crossing checkpoint border "
               "port")
# war vehicles of people or aid: capturing one is hostage-taking (ASSAULT/abduct)
CONVOYS = _s("convoy column bus ambulance")
RELATIONS = _s("relation tie link cooperation contact flight traffic membership service "
               "trade export import supply delivery partnership")
CIVILIANS = _s("civilian people resident child citizen refugee woman family evacuee person "
               "population inhabitant student patient")
# whom a mass deportation takes, a people or a count of people ("deported hundreds of
# thousands of Ukrainians", "mass deportations of Ukrainians"): ethnic cleansing (PLOVER)
DEPORTED_MASSES = CIVILIANS | _s("ukrainian ukrainians tatar tatars hundred thousand million "
                                 "mass")
WARS = _s("war aggression hostility")
# fields an attack or a war is waged in only figuratively, as a noun's modifier ("the
# sanctions attack on Russia", "an information war")
UNARMED_FIELDS = _s("sanction sanctions economic information propaganda media trade financial "
                    "diplomatic legal political hybrid")
# what a war of words, money or trade is fought with: no attack ("a sanctions war"; not
# "political", nor the plural)
FIGURATIVE_WARS = UNARMED_FIELDS - _s("sanctions political") | _s(
    "hybrid price currency tariff cyber energy gas cold word lawfare")
# what a "cleansing" purges of office holders, not of a people: "cleansing of the system"
INSTITUTIONS_CLEANSED = _s("system judiciary court ranks government power authority body "
                           "service sphere institution apparatus")
# what a peace is made in: "a peace treaty", "a peace settlement"
PEACE_DEALS = _s("treaty agreement settlement deal accord")
# what is attacked only figuratively: "attacks on the hryvnia exchange rate"
UNARMED_TARGETS = _s("rate currency hryvnia ruble rouble economy market reputation image "
                     "truth memory")
HARMS_BROUGHT = _s("death destruction devastation terror")
ATTACKS = _s("attack strike offensive assault operation bombing shelling invasion raid "
             "bombardment hostility fighting aggression fire shooting action advance "
             "mobilization mobilisation")
TERRITORY = _s("territory city town village region area settlement position land control "
               "airport base island oblast district building plant station port facility "
               "bridge")
INFO = _s("information intelligence data expertise experience evidence knowledge "
          "technology")
VIEWS = _s("view opinion idea assessment information")  # "exchanged information" is talk
ENVOYS = _s("diplomat ambassador envoy attache attaché staff embassy consul mission "
            "representative employee inspector observer monitor peacekeeper")
RESTRICT_MEDIA = _s("website site medium media channel outlet newspaper broadcaster "
                    "network account internet social")
UTILITIES = _s("water power electricity gas heating supply light internet communication "
               "food")
INVESTIGATIONS = _s("investigation probe case proceeding inquiry lawsuit complaint suit "
                    "charge")
ORGS = _s("party organization organisation group movement union association")
# Removing a member from a body it belongs to ("expelled from international organisations",
# "the exclusion of Sberbank from SWIFT", "the suspension of Russian athletes from the
# Paralympics"): a sanction by expulsion, whatever the verb's object.
EXCLUDING = _s("expel exclude suspend disqualify expulsion exclusion suspension "
               "disqualification")
MEMBERSHIPS = ORGS | _s("institution alliance council bloc federation committee "
                        "assembly system swift fatf games olympics paralympics olympiad "
                        "competition championship tournament membership")
# Protest actions a movement can call off ("halted the protests", "suspended the sit-ins").
PROTESTS = _s("protest demonstration rally march picket boycott walkout stoppage")
# What is thrown in a street riot ("threw stones at police"); grenades are explosives.
THROWN = _s("rock stone bottle brick molotov cocktail firebomb petrol firecracker egg")
# Legal measures that can be eased, repealed or waived (PLOVER CONCEDE).
RULES = _s("law rule regulation requirement decree order policy control prohibition ban "
           "restriction curfew limit quota barrier visa")

# Yielding acts: promising one of these is a (verbal) concession, doing it a material retreat.
YIELD_VERBS = _s("withdraw pull halt stop cease suspend lift ease relax end reduce "
                 "demilitarize demilitarise disarm demobilize demobilise retreat "
                 "de-escalate deescalate")

# ----------------------------------------------------------------------- simple verb triggers

VERBS: dict[str, tuple[str, str | None]] = {}


def _add(table: dict[str, tuple[str, str | None]], words: str, etype: str,
         mode: str | None = None) -> None:
    for word in words.split():
        table[word.replace("_", " ")] = (etype, mode)


_add(VERBS, "consult negotiate confer mediate telephone phone", "CONSULT")
_add(VERBS, "visit tour", "CONSULT", "visit")
_add(VERBS, "host", "CONSULT", "host")  # read through _verb_frame: needs a guest
_add(VERBS, "praise commend hail applaud endorse thank congratulate salute laud "
     "apologize apologise ratify award decorate greet appreciate", "SUPPORT")
_add(VERBS, "cooperate collaborate extradite transit partner", "COOPERATE")
_add(VERBS, "donate rescue", "AID")
_add(VERBS, "accede relent concede backtrack capitulate", "CONCEDE")
_add(VERBS, "pardon", "CONCEDE")  # easing legal penalties on persons
_add(VERBS, "resign abdicate", "RETREAT", "resign")
_add(VERBS, "disarm demobilize demobilise demilitarize demilitarise surrender disband "
     "decommission", "RETREAT", "disarm")
_add(VERBS, "retreat", "RETREAT", "withdraw")
_add(VERBS, "criticize criticise condemn denounce decry slam deplore blast rebuke censure "
     "castigate lambaste chastise berate reproach scold deride", "ACCUSE", "disapprove")
_add(VERBS, "accuse blame allege indict sue charge prosecute impeach arraign", "ACCUSE",
     "allege")
_add(VERBS, "investigate probe", "ACCUSE", "investigate")
_add(VERBS, "reject dismiss rebuff spurn veto repudiate defy snub", "REJECT")
_add(VERBS, "threaten blackmail", "THREATEN")
_add(VERBS, "demonstrate rally march picket", "PROTEST", "demo")
_add(VERBS, "riot", "PROTEST", "riot")
_add(VERBS, "sanction embargo blacklist", "SANCTION")
_add(VERBS, "sever", "SANCTION", "discontinue")
_add(VERBS, "convict sentence fine", "SANCTION", "convict")
_add(VERBS, "amass mass reinforce recruit conscript", "MOBILIZE", "troops")
_add(VERBS, "patrol", "MOBILIZE", "police")
_add(VERBS, "arrest detain jail imprison apprehend incarcerate", "COERCE", "arrest")
_add(VERBS, "confiscate occupy annex impound expropriate nationalize nationalise", "COERCE",
     "seize")
_add(VERBS, "outlaw proscribe", "COERCE", "ban")
_add(VERBS, "censor", "COERCE", "censor")
_add(VERBS, "blockade besiege encircle cordon", "COERCE", "restrict")
_add(VERBS, "hack deface", "COERCE", "cyber")
_add(VERBS, "attack shell bombard bomb pound storm invade assault ambush raid", "ASSAULT")
_add(VERBS, "kill wound injure murder maim slay strangle", "ASSAULT")
_add(VERBS, "beat bludgeon lynch", "ASSAULT", "beat")
_add(VERBS, "behead decapitate stab", "ASSAULT", "primitive")
_add(VERBS, "shoot gun", "ASSAULT", "firearms")
_add(VERBS, "destroy demolish raze loot torch vandalize vandalise ransack sabotage", "ASSAULT",
     "destroy")
_add(VERBS, "torture", "ASSAULT", "torture")
_add(VERBS, "rape", "ASSAULT", "sexual")
_add(VERBS, "abduct kidnap hijack", "ASSAULT", "abduct")
_add(VERBS, "massacre slaughter", "ASSAULT", "massacre")
_add(VERBS, "assassinate", "ASSAULT", "assassinate")
_add(VERBS, "execute", "ASSAULT", "execute")
_add(VERBS, "explode detonate", "ASSAULT", "explosives")
_add(VERBS, "fight clash battle", "ASSAULT")
_add(VERBS, "liberate", "ASSAULT")  # land taken back by force (EventBuilder._read_liberation)
_add(VERBS, "recapture retake", "ASSAULT")  # land won back, as liberated land is (RETAKING)

# ------------------------------------------------------------------------ governing verbs
# type of the act itself; the complement decides the mode (and may turn AGREE into CONCEDE).

GOVERNORS: dict[str, str] = {}
for _w in _s("agree offer promise pledge vow commit propose invite consent guarantee"):
    GOVERNORS[_w] = "AGREE"
for _w in _s("ask request urge demand appeal seek press insist plead implore petition call "
              "instruct beg beseech"):
    GOVERNORS[_w] = "REQUEST"
del GOVERNORS["seek"]
# asking only with the act advised: "advise them to refrain from", not "advise Ukraine on
# sanctions", which is counsel given
ADVISING_VERBS = _s("advise")
for _w in ["accuse", "blame", "charge", "allege", "condemn", "criticize", "criticise", "denounce"]:
    GOVERNORS[_w] = "ACCUSE"
for _w in ["refuse", "decline", "reject", "deny", "oppose", "fail"]:
    GOVERNORS[_w] = "REJECT"
for _w in ["threaten", "warn"]:
    GOVERNORS[_w] = "THREATEN"
for _w in ["support", "back", "welcome", "endorse", "praise", "hail"]:
    GOVERNORS[_w] = "SUPPORT"
# Verbs saying a ceasefire or corridor is in force: its noun as their subject ("the corridor
# has started working", "the truce holds") or passive subject ("the regime was introduced").
IN_FORCE_VERBS = _s("start begin work operate function hold remain take come enter continue "
                    "last")
IN_FORCE_PASSIVES = _s("introduce establish")
CEASEFIRE_NOUNS = _s("ceasefire cease-fire truce armistice")
# Promises one side makes alone: of a ceasefire or corridor they are CONCEDE, not AGREE.
# object verbs whose object's head alone decides (see OBJECT_VERBS)
HEAD_ONLY_OBJECT_VERBS = _s("pay hold")
UNILATERAL_PROMISES = _s("guarantee promise pledge vow commit assure")
# Adjectives of readiness: "is ready to", "willing to", "prepared to".
# thanking: the thanked gave what they are thanked for ("grateful to Italy for the
# defence assistance" -> SUPPORT UKR>ITA and AID ITA>UKR)
GRATEFUL_ADJ = _s("grateful thankful")
# approval of what someone does, told in a clause: "It is gratifying that your forum is
# building traditions", "I am pleased to note that": SUPPORT of the clause's subject
PLEASED_ADJ = _s("gratifying good encouraging heartening pleasing wonderful pleased glad happy "
                 "delighted gratified rewarding")
# what the deserving deserve from the speaker: "deserves the highest praise"
DESERVED = _s("gratitude respect praise admiration recognition appreciation thanks credit "
              "honour honor support")
# what one wins in others' eyes, and the verbs that win it: "has earned the respect of"
EARNED = _s("respect recognition admiration appreciation esteem authority")
EARNING_VERBS = _s("win earn gain")
# drawing up proposals for sanctions is asking for them (REQUEST/change): "the working group on
# sanctions presented the Roadmap of Financial Sanctions", "developed an Action Plan to
# strengthen sanctions"
DRAFTING_VERBS = _s("present develop submit prepare draft")
PROPOSAL_DOCS = _s("roadmap plan proposal recommendation")
# putting one's proposals to the other side is offering them (AGREE): "the Ukrainian party
# officially outlined its proposals", "handed over its proposals to the Russian side"
TABLING_VERBS = _s("submit present hand outline table voice relay send make put transmit")
TABLED = _s("proposal offer initiative")
# verbs whose participle only offers the noun it modifies ("a ceasefire proposed by Washington")
PROPOSING = _s("propose offer suggest initiate")
# a go-between's words: whom it mediates between are the two sides it names, else the war's
MEDIATING = _s("mediate mediator mediation intermediary")
GOOD_OFFICES = _s("broker facilitate")
# what a go-between brokers or facilitates (not "facilitate cargo shipping")
BROKERED = AGREEMENTS | TRUCES | TALKS | _s("exchange swap evacuation")
# making something together with someone is cooperating with them: "The Office together with
# UNICEF has created a bot", "we developed this programme together with the World Bank"
MAKING_VERBS = _s("create develop launch build establish design organize organise "
                  "produce")
# singling out someone's deeds is praising them: "I would like to note your contribution",
# "highlight the Council's painstaking work", "noted the leading role of the United States"
PRAISING_VERBS = _s("note highlight single mention acknowledge commend praise")
PRAISED_DEEDS = _s("contribution work effort merit achievement feat role dedication heroism "
                   "courage professionalism assistance selflessness valour valor")
# verbs that bring the approved clause to an approving adjective ("pleased to note that")
NOTING_VERBS = _s("know note see learn hear")
THANKS = GRATEFUL_ADJ | _s("thank gratitude thanks appreciation")
# heads of a phrase that name one office-holder: "the Prime Minister of Portugal ... his"
OFFICIAL_TITLES = _s("president minister chancellor premier secretary-general secretary king "
                     "speaker chairman chairwoman head leader ambassador envoy governor mayor "
                     "commissioner prosecutor")
READY_ADJ = _s("ready willing prepared open committed determined eager keen")
# Words of a broken agreement: "violated the ceasefire", "breaches of the truce".
BREACH_WORDS = _s("violate violation break breach")
# Deliberating on issues, as talks do: "the leaders considered ways to expand cooperation",
# "a number of bilateral issues were reviewed during the conversation"
DELIBERATING_VERBS = _s("review consider examine")
# verbs that declare what something is to be taken for ("regard the ships as targets")
DEEMING_VERBS = _s("consider regard treat view deem declare")
DELIBERATED = _s("issue question aspect way step result situation progress matter prospect "
                 "option topic agenda state")
# measures and steps that "help" or "contribute" of themselves: "the formation of the
# council will help restore trust" is no one's act
MEASURES_TAKEN = _s("formation creation establishment adoption implementation introduction "
                    "launch reform law decision measure programme program initiative project "
                    "step strategy policy")
# What one receives from someone who commits to it: "received assurances from Biden that"
PLEDGE_NOUNS = _s("assurance guarantee promise pledge commitment")
# Nouns that report speech: "issued a reminder that Iraq must ...", "a statement saying ...".
REPORTING_NOUNS = _s("statement reminder declaration announcement message communique "
                     "report claim assurance comment remark letter")
# Verbs of harm suffered: "died of torture", "killed in an air strike" (subject = victim).
# What kills without an attacker: "an accident at the mine killed miners and rescuers".
MISHAPS = _s("accident disaster earthquake flood storm crash collapse fire blaze wildfire "
             "avalanche pandemic epidemic disease illness eruption famine drought hunger "
             "virus")
VICTIM_VERBS = _s("die kill wound injure suffer perish hurt")
# Verbs that take an event noun through a preposition: "put under investigation",
# "engaged in ethnic cleansing", "took part in the talks".
PREP_PREDICATES = _s("engage participate take join enter agree go sit put place bring come return "
                     "involve")
# what is taken or made to act: "the measures taken by the military to provide aid"
MEASURE_NOUNS = _s("measure step action effort decision")

# ------------------------------------------------------------------- object-dependent verbs

# lemma -> list of (object class, type, mode); the first class the object falls in wins;
# ``None`` class = default when the object is in none (omit for "no event").
OBJECT_VERBS: dict[str, list[tuple[frozenset[str] | None, str, str | None]]] = {
    "convey": [(MESSAGES, "SUPPORT", None)],  # "convey my greetings to the students"
    "send": [(MESSAGES, "SUPPORT", None), (TROOPS, "MOBILIZE", "troops"),
             (AID_GOODS, "AID", None), (PRISONERS, "RETREAT", "release")],
    # "would provide security guarantees for Ukraine": protection (CAMEO 074)
    "provide": [(AID_GOODS, "AID", None), (CORRIDORS, "RETREAT", "access"),
                (INFO, "COOPERATE", None), (_s("guarantee"), "AID", "peacekeeping")],
    "deliver": [(AID_GOODS, "AID", None), (MESSAGES, "SUPPORT", None)],
    "supply": [(AID_GOODS, "AID", None), (None, "COOPERATE", None)],
    "give": [(AID_GOODS, "AID", None), (CORRIDORS, "RETREAT", "access"),
             (AWARDS, "SUPPORT", None)],
    "present": [(AWARDS, "SUPPORT", None)],
    # "paid over 22 billion rubles to companies": money given (AID; the head noun only, not
    # "attention was paid to the issue of assistance")
    "pay": [(_s("tribute homage respect"), "SUPPORT", None),
            (_s("money fund loan credit grant tranche million billion dollar euro ruble rouble "
                "hryvnia subsidy benefit allowance pension salary aid assistance"),
             "AID", None)],
    # "your work deserves profound gratitude": the speaker's, to the deserving (frames)
    "deserve": [(DESERVED, "SUPPORT", None)],
    # "you have won the well-deserved respect of your colleagues": praise, as "deserve"
    **{verb: [(EARNED, "SUPPORT", None)] for verb in EARNING_VERBS},
    # "Ukraine needs heavy weapons", "We need a safety corridor": asked of partners
    "need": [(AID_GOODS | CORRIDORS | _s("defense defence"), "REQUEST", "assist"),
             (_s("sanction embargo"), "REQUEST", None)],  # "We need weapons and sanctions"
    # "I wish you success", not "I wish we could"
    "wish": [(_s("success health happiness luck prosperity peace strength victory well-being "
                 "wellbeing"), "SUPPORT", None)],
    "value": [(RELATIONS | _s("friendship partnership"), "SUPPORT", None)],
    # "granted Ukraine EU candidate status": recognition given (CAMEO 054, SUPPORT)
    "grant": [(_s("amnesty pardon clemency"), "CONCEDE", None),
              (_s("candidacy candidate membership recognition"), "SUPPORT", None),
              (_s("asylum refuge"), "AID", None), (AID_GOODS, "AID", None),
              (CORRIDORS, "RETREAT", "access")],
    "allocate": [(AID_GOODS, "AID", None), (None, "AID", None)],
    "transfer": [(AID_GOODS, "AID", None), (PRISONERS, "RETREAT", "release")],
    "ship": [(AID_GOODS, "AID", None)],
    "pump": [(AID_GOODS, "AID", None)],  # "continue to pump weapons into Ukraine"
    "contribute": [(AID_GOODS | TROOPS, "AID", None)],
    "dispatch": [(TROOPS, "MOBILIZE", "troops"), (AID_GOODS, "AID", None)],
    "hand": [(AWARDS, "SUPPORT", None), (PRISONERS, "RETREAT", "release"),
             (AID_GOODS, "AID", None),
             (TERRITORY, "RETREAT", "return")],
    "evacuate": [(CIVILIANS, "AID", None), (TROOPS | ENVOYS, "RETREAT", "withdraw"),
                 (None, "AID", None)],
    "release": [(PRISONERS, "RETREAT", "release"), (AID_GOODS, "AID", None)],
    "free": [(PRISONERS, "RETREAT", "release"), (None, "RETREAT", "release")],
    "return": [(PRISONERS, "RETREAT", "release"), (TERRITORY | _s("property asset"),
                                                    "RETREAT", "return")],
    # "the sides exchanged memoranda on a settlement": each offers its terms (AGREE)
    "exchange": [(PRISONERS, "RETREAT", "release"), (VIEWS, "CONSULT", None),
                 (_s("memorandum memoranda proposal draft"), "AGREE", None),
                 (INFO, "COOPERATE", None), (_s("fire blow shot"), "ASSAULT", None),
                 (_s("accusation charge threat"), "ACCUSE", "allege")],
    "swap": [(PRISONERS, "RETREAT", "release")],
    # a third party's good offices: CAMEO 045 "mediate" is PLOVER CONSULT
    "broker": [(BROKERED, "CONSULT", None)],
    "facilitate": [(BROKERED, "CONSULT", None)],
    # walking away from agreements is rejecting them ("withdrawn from the Minsk agreements");
    # leaving a treaty or a body is a SANCTION (codebook)
    "withdraw": [(INVESTIGATIONS | _s("claim demand objection"), "CONCEDE", None),
                 (ENVOYS | _s("recognition support application consent"), "SANCTION",
                  "withdraw"),
                 (_s("agreement accord arrangement understanding deal"), "REJECT", "meet"),
                 (AGREEMENTS | ORGS | _s("organization organisation council alliance bloc "
                                         "talks negotiation market company business"),
                  "SANCTION", "withdraw"),
                 (TROOPS | TERRITORY, "RETREAT", "withdraw"), (None, "RETREAT", "withdraw")],
    "pull": [(TROOPS, "RETREAT", "withdraw"), (None, "RETREAT", "withdraw")],
    "lift": [(HARD_LIMITS, "RETREAT", None), (SANCTIONS | RULES, "CONCEDE", None)],
    "ease": [(HARD_LIMITS, "RETREAT", None), (SANCTIONS | RULES, "CONCEDE", None)],
    "relax": [(SANCTIONS | RULES, "CONCEDE", None)],
    "loosen": [(SANCTIONS | RULES, "CONCEDE", None)],
    "waive": [(SANCTIONS | RULES | _s("fee debt fine charge"), "CONCEDE", None)],
    "repeal": [(AGREEMENTS, "REJECT", None), (None, "CONCEDE", None)],
    "rescind": [(AGREEMENTS, "REJECT", None), (None, "CONCEDE", None)],
    "revoke": [(SANCTIONS | RULES, "CONCEDE", None), (_s("license licence accreditation "
               "citizenship passport visa permit"), "COERCE", "ban")],
    "abolish": [(AGREEMENTS, "REJECT", None), (SANCTIONS | RULES, "CONCEDE", None)],
    "scrap": [(AGREEMENTS, "REJECT", None), (SANCTIONS | RULES, "CONCEDE", None)],
    # undoing an agreement is rejecting it ("dismantling the Minsk accords")
    "dismantle": [(AGREEMENTS, "REJECT", None),
                  (WEAPONS | _s("arsenal programme program base checkpoint barricade camp"),
                   "RETREAT", "disarm"), (SANCTIONS | RULES, "CONCEDE", None)],
    "drop": [(INVESTIGATIONS | _s("claim demand objection"), "CONCEDE", None),
             (SANCTIONS | RULES, "CONCEDE", None), (_s("bomb leaflet"), "ASSAULT", "aerial")],
    "remove": [(HARD_LIMITS, "RETREAT", None), (SANCTIONS, "CONCEDE", None),
               (TROOPS, "RETREAT", "withdraw")],
    "allow": [(CORRIDORS | AID_GOODS | _s("inspector observer peacekeeper monitor "
                                          "worker"), "RETREAT", "access"),
              (None, "CONCEDE", None)],
    "permit": [(CORRIDORS | AID_GOODS, "RETREAT", "access"), (None, "CONCEDE", None)],
    "let": [(CORRIDORS | AID_GOODS, "RETREAT", "access")],
    # "prevented any and all evacuation", "is not preventing the export of grain"
    "prevent": [(MOVEMENTS, "COERCE", "restrict")],
    "hinder": [(MOVEMENTS, "COERCE", "restrict")],
    "obstruct": [(MOVEMENTS, "COERCE", "restrict")],
    "disrupt": [(MOVEMENTS | _s("corridor"), "COERCE", "restrict")],
    "thwart": [(MOVEMENTS | _s("corridor"), "COERCE", "restrict")],
    "sabotage": [(MOVEMENTS | _s("corridor"), "COERCE", "restrict"),
                 (TALKS | AGREEMENTS | _s("measure measures obligation commitment"), "REJECT",
                  None)],
    "open": [(CORRIDORS, "RETREAT", "access"), (_s("fire"), "ASSAULT", "firearms"),
             (INVESTIGATIONS, "ACCUSE", "investigate")],
    "establish": [(CORRIDORS, "RETREAT", "access"), (_s("relation tie"), "SUPPORT", None)],
    # restoring or improving ties: diplomatic SUPPORT, economic COOPERATE (PLOVER)
    "restore": [(_s("relation tie"), "SUPPORT", None), (RELATIONS, "COOPERATE", None)],
    "reestablish": [(_s("relation tie"), "SUPPORT", None), (RELATIONS, "COOPERATE", None)],
    "resume": [(_s("relation tie"), "SUPPORT", None), (RELATIONS, "COOPERATE", None)],
    # "is preparing a sixth package of sanctions": a sanction threatened
    "prepare": [(_s("sanction embargo"), "THREATEN", "restrict")],
    # "are putting up heavy weapons in the central districts", "placed troops along"
    **{v: [(WEAPONS | TROOPS, "MOBILIZE", "troops")] for v in ("put", "place", "position")},
    "normalize": [(None, "SUPPORT", None)],
    "normalise": [(None, "SUPPORT", None)],
    "upgrade": [(_s("relation tie"), "SUPPORT", None)],
    "improve": [(_s("relation tie"), "SUPPORT", None)],
    "reopen": [(_s("embassy consulate mission"), "SUPPORT", None),
               (CORRIDORS, "RETREAT", "access")],
    "organize": [(CORRIDORS, "RETREAT", "access")],
    "ensure": [(_s("passage corridor access evacuation exit departure"), "RETREAT", "access")],
    "render": [(AID_GOODS, "AID", None)],
    "arrange": [(CORRIDORS, "RETREAT", "access")],
    "organise": [(CORRIDORS, "RETREAT", "access")],
    "unblock": [(CORRIDORS, "RETREAT", "access")],
    "declare": [(CEASEFIRES, "CONCEDE", "ceasefire"),
                (_s("law emergency siege mobilization mobilisation"), "COERCE", "martial-law"),
                (_s("war"), "THREATEN", "violence")],
    "announce": [(CEASEFIRES, "CONCEDE", "ceasefire"), (_s("law emergency"), "COERCE",
                                                       "martial-law")],
    "observe": [(CEASEFIRES, "RETREAT", "ceasefire")],
    "respect": [(CEASEFIRES, "RETREAT", "ceasefire")],
    "implement": [(CEASEFIRES, "RETREAT", "ceasefire"), (AGREEMENTS, "COOPERATE", None)],
    # "halt all military activity": a ceasefire
    "cease": [(CEASEFIRES | ATTACKS | _s("activity"), "RETREAT", "ceasefire")],
    "halt": [(ATTACKS | CEASEFIRES | _s("activity"), "RETREAT", "ceasefire"),
             (TALKS, "SANCTION", "withdraw"),
             (RELATIONS | AID_GOODS, "SANCTION", "discontinue"), (PROTESTS, "CONCEDE", None)],
    # "India had only paused its military action against Pakistan"
    "pause": [(ATTACKS | CEASEFIRES | _s("action activity"), "RETREAT", "ceasefire"),
              (TALKS, "SANCTION", "withdraw")],
    "stop": [(ATTACKS | CEASEFIRES, "RETREAT", "ceasefire"), (TALKS, "SANCTION", "withdraw"),
             (RELATIONS | AID_GOODS, "SANCTION", "discontinue"), (PROTESTS, "CONCEDE", None)],
    "end": [(ATTACKS | CEASEFIRES, "RETREAT", "ceasefire"),
            (RELATIONS | AID_GOODS | TALKS, "SANCTION", "discontinue"),
            (PROTESTS | _s("curfew restriction emergency"), "CONCEDE", None)],
    "cancel": [(_s("debt loan"), "AID", None), (PROTESTS, "CONCEDE", None),
               # "ordered the Defence Minister to cancel the assault on Azovstal", as "call off"
               (ATTACKS - {"strike"}, "RETREAT", "ceasefire")],
    "suspend": [(ATTACKS, "RETREAT", "ceasefire"), (TALKS, "SANCTION", "withdraw"),
                (PROTESTS, "CONCEDE", None), (RESTRICT_MEDIA, "COERCE", "censor"),
                (ORGS, "COERCE", "ban"),  # "the activity of parties is suspended"
                (RELATIONS | AID_GOODS | AGREEMENTS, "SANCTION", "discontinue"),
                (None, "SANCTION", "discontinue")],
    "reduce": [(ATTACKS | _s("activity presence"), "RETREAT", None),
               (RELATIONS | AID_GOODS, "SANCTION", "discontinue")],
    "cut": [(RELATIONS | AID_GOODS | _s("tie"), "SANCTION", "discontinue"),
            (UTILITIES, "COERCE", "withhold")],
    "break": [(RELATIONS | _s("tie"), "SANCTION", "discontinue"),
              (CEASEFIRES | AGREEMENTS, "ASSAULT", None)],
    "freeze": [(_s("asset account fund reserve property cooperation"), "SANCTION", None)],
    "terminate": [(AGREEMENTS | RELATIONS, "SANCTION", "discontinue")],
    "downgrade": [(RELATIONS, "SANCTION", "discontinue")],
    "recall": [(ENVOYS, "SANCTION", "withdraw")],
    "expel": [(ENVOYS, "SANCTION", "expel"), (None, "COERCE", "deport")],
    # mass deportation of civilians is ethnic cleansing (PLOVER ASSAULT); of a person, COERCE
    "inflict": [(_s("loss casualty defeat blow"), "ASSAULT", None)],  # "inflicted losses on"
    "deport": [(DEPORTED_MASSES, "ASSAULT", "cleansing"), (None, "COERCE", "deport")],
    # companies leaving a country's market shun it ("corporations that have left the Russian
    # market"): an economic sanction, as the gold codes it
    "leave": [(_s("organization organisation treaty agreement alliance union council "
                  "bloc talks market"), "SANCTION", "withdraw")],
    "quit": [(_s("organization organisation treaty agreement alliance union council bloc "
                 "talks market"), "SANCTION", "withdraw"), (_s("post office job government "
                 "cabinet presidency"), "RETREAT", "resign"), (None, "RETREAT", "resign")],
    "exit": [(_s("organization organisation treaty agreement alliance market"), "SANCTION",
              "withdraw")],
    "close": [(RESTRICT_MEDIA, "COERCE", "censor"), (_s("airspace embassy consulate port border "
               "sky office mission"), "SANCTION", None)],
    "shut": [(RESTRICT_MEDIA, "COERCE", "censor"), (UTILITIES, "COERCE", "withhold"),
             (_s("airspace embassy consulate port border office mission"), "SANCTION", None)],
    "ban": [(ORGS | RESTRICT_MEDIA | _s("candidate politician activity"), "COERCE", "ban"),
            (_s("import export flight entry trade ship aircraft"), "SANCTION", None),
            (None, "COERCE", "ban")],
    "prohibit": [(_s("aid import export flight entry trade"), "SANCTION", None),
                 (None, "COERCE", "ban")],
    "bar": [(_s("import export flight entry trade ship aircraft"), "SANCTION", None),
            (None, "COERCE", "ban")],
    "block": [(RESTRICT_MEDIA, "COERCE", "censor"),
              (CORRIDORS | AID_GOODS | _s("cargo entrance"), "COERCE", "restrict"),
              (_s("road street highway traffic railway transport bridge"), "PROTEST",
               "obstruct"),
              (_s("resolution proposal decision"), "REJECT", None),
              (TERRITORY | _s("port city town village sea"), "COERCE", "restrict")],
    "impose": [(_s("curfew"), "COERCE", "curfew"), (_s("law emergency"), "COERCE",
                "martial-law"),
               # "imposed restrictive measures against persons who ..."
               (_s("sanction embargo tariff penalty restrictive"), "SANCTION", None),
               (_s("blockade siege restriction lockdown cordon liability"), "COERCE",
                "restrict")],
    "enforce": [(_s("curfew"), "COERCE", "curfew"), (_s("law emergency"), "COERCE",
                 "martial-law"), (_s("blockade siege restriction lockdown cordon"), "COERCE",
                                  "restrict")],
    "introduce": [(_s("curfew"), "COERCE", "curfew"), (_s("law emergency"), "COERCE",
                   "martial-law"), (_s("sanction embargo"), "SANCTION", None),
                  # "the Federal Law introduces administrative liability for ..."
                  (_s("liability lockdown quarantine restriction"), "COERCE", "restrict")],
    "extend": [(_s("curfew"), "COERCE", "curfew"), (_s("law emergency"), "COERCE",
                "martial-law"), (_s("sanction"), "SANCTION", None),
               (CEASEFIRES, "AGREE", "ceasefire")],
    "restrict": [(None, "COERCE", "restrict")],
    "tighten": [(_s("sanction embargo"), "SANCTION", None), (_s("blockade siege restriction "
                "control curfew grip"), "COERCE", "restrict")],
    "seal": [(AGREEMENTS, "AGREE", None), (TERRITORY | _s("border area road street"),
              "COERCE", "restrict")],
    # joining a bloc, a network or a coalition is cooperation; joining sanctions or talks
    # is taking part in them
    "join": [(_s("sanction embargo restriction"), "SANCTION", None), (TALKS, "CONSULT", None),
             (AGREEMENTS, "AGREE", None), (_s(
                 "alliance bloc union organization organisation network system grid coalition "
                 "initiative format platform partnership programme program mission nato eu "
                 "entso-e community"), "COOPERATE", None)],
    "seize": [(TERRITORY | _s("asset property ship vessel cargo"), "COERCE", "seize"),
              (None, "COERCE", "seize")],
    "capture": [(TERRITORY, "COERCE", "seize"), (PRISONERS | TROOPS, "COERCE", "arrest"),
                (CONVOYS, "ASSAULT", "abduct"),  # "a humanitarian column was captured"
                (None, "COERCE", "seize")],
    "take": [(TERRITORY, "COERCE", "seize"), (_s("hostage"), "ASSAULT", "abduct"),
             (_s("prisoner captive"), "COERCE", "arrest")],
    # "Russia is keeping hundreds of thousands of people hostage"
    "keep": [(_s("hostage"), "ASSAULT", "abduct")],
    "deploy": [(TROOPS | WEAPONS, "MOBILIZE", "troops"), (None, "MOBILIZE", "troops")],
    "station": [(TROOPS | WEAPONS, "MOBILIZE", "troops")],
    "move": [(TROOPS, "MOBILIZE", "troops")],
    "order": [(TROOPS, "MOBILIZE", "troops"), (_s("police"), "MOBILIZE", "police")],
    # "submitted bills to the Verkhovna Rada": asks the parliament to change the law
    "submit": [(_s("bill law draft amendment candidacy candidate"), "REQUEST", "change")],
    "bolster": [(TROOPS | _s("presence defence defense"), "MOBILIZE", "troops")],
    "concentrate": [(TROOPS, "MOBILIZE", "troops")],
    "accumulate": [(TROOPS | WEAPONS, "MOBILIZE", "troops")],
    "gather": [(TROOPS, "MOBILIZE", "troops")],
    "strengthen": [(TROOPS | _s("presence"), "MOBILIZE", "troops")],
    "increase": [(TROOPS | _s("presence readiness"), "MOBILIZE", "troops")],
    "build": [(TROOPS | _s("presence"), "MOBILIZE", "troops")],
    "test": [(TESTED_WEAPONS, "MOBILIZE", "weapons")],  # not "tested the monitoring system"
    "conduct": [(_s("exercise drill maneuver manoeuvre"), "MOBILIZE", "troops"),
                (_s("raid search"), "COERCE", "seize")],
    "hold": [(TALKS, "CONSULT", None), (_s("exercise drill maneuver manoeuvre"), "MOBILIZE",
              "troops"), (_s("rally demonstration protest"), "PROTEST", "demo"),
             (_s("hostage"), "ASSAULT", "abduct"), (PRISONERS, "COERCE", "arrest"),
             (CEASEFIRES, "RETREAT", "ceasefire"), (CIVILIANS, "ASSAULT", "abduct")],
    "retain": [(CIVILIANS | PRISONERS, "ASSAULT", "abduct")],
    "launch": [(ATTACKS | WEAPONS | WARS | _s("strike airstrike"), "ASSAULT", None),
               (INVESTIGATIONS, "ACCUSE", "investigate"), (TALKS, "CONSULT", None)],
    # "where Russia has brought death", "brought war to our land"
    "bring": [(WARS | HARMS_BROUGHT, "ASSAULT", None)],
    # "Russia started (unleashed) the war against Ukraine" ("waging war" is left out: the
    # tracker would read "the Russians are waging a genocidal war" as a corridor's breach)
    **{v: [(WARS, "ASSAULT", None)] for v in ("start", "begin", "unleash", "wage")},
    "fire": [(WEAPONS, "ASSAULT", "heavy-weapons"), (None, "ASSAULT", "firearms")],
    "hit": [(None, "ASSAULT", None)],
    "target": [(None, "ASSAULT", None)],
    "strike": [(None, "ASSAULT", None)],
    "blow": [(None, "ASSAULT", "explosives")],
    "violate": [(CEASEFIRES | AGREEMENTS | _s("regime"), "ASSAULT", None),
                (_s("ban law norm order sovereignty commitment obligation"), "REJECT", None)],
    "use": [(_s("chemical nuclear biological"), "ASSAULT", "unconventional"),
            (_s("gas"), "ASSAULT", "crowd-control"),
            (_s("force weapon arm artillery missile"), "ASSAULT", None)],
    # "disconnect Russia from SWIFT", "cut Russian banks off from SWIFT": an embargo
    **{v: [(_s("swift"), "SANCTION", "discontinue")] for v in ("disconnect", "exclude")},
    "recognize": [(None, "SUPPORT", None)],
    "recognise": [(None, "SUPPORT", None)],
    "sign": [(AGREEMENTS | _s("statement"), "SUPPORT", None)],  # "signed a joint statement"
    "initial": [(AGREEMENTS, "SUPPORT", None)],  # "initialled a peace agreement": signed so
    "conclude": [(AGREEMENTS, "SUPPORT", None)],
    # "approved a package of documents" is an endorsement, "approved a package of aid" aid
    "approve": [(_s("sanction embargo"), "SANCTION", None),  # "approved a package of sanctions"
                (PROPOSALS | AGREEMENTS | _s("decision resolution action policy"), "SUPPORT",
                 None),
                (_s("loan credit grant aid assistance package tranche"), "AID", None)],
    "adopt": [(AGREEMENTS | _s("statement"), "SUPPORT", None)],  # "adopted a joint statement"
    "accept": [(DEMANDS, "CONCEDE", None), (None, "AGREE", None)],
    "reach": [(AGREEMENTS, "AGREE", None)],
    "share": [(INFO, "COOPERATE", None)],
    # economic exchange (PLOVER COOPERATE); "traded fire", "traded accusations" read as exchange
    "trade": [(_s("fire blow shot"), "ASSAULT", None), (_s("accusation charge threat barb "
              "insult"), "ACCUSE", "allege"), (PRISONERS, "RETREAT", "release"),
              (None, "COOPERATE", None)],
    "export": [(None, "COOPERATE", None)],
    "import": [(None, "COOPERATE", None)],
    "invest": [(None, "COOPERATE", None)],
    "coordinate": [(POSITIONS, "CONSULT", None),  # talks
                   (None, "COOPERATE", None)],
    "discuss": [(None, "CONSULT", None)],
    "touch": [(None, "CONSULT", None)],  # "touched upon the talks" (the coder needs "upon")
    "meet": [(None, "CONSULT", None)],
    "talk": [(None, "CONSULT", None)],
    "speak": [(_s("phone telephone"), "CONSULT", "phone")],  # not "spoke about the war"
    "receive": [(AID_GOODS, "AID", None), (None, "CONSULT", "host")],
    "welcome": [(None, "SUPPORT", None)],
    # "supported unconditional observance of the ceasefire": agreeing to it (project gold)
    "support": [(TRUCES, "AGREE", "ceasefire"),
                (None, "SUPPORT", None)],
    "back": [(None, "SUPPORT", None)],
    "defend": [(_s("right decision position policy action"), "SUPPORT", None)],
    "arrive": [(None, "CONSULT", "visit")],
    "travel": [(None, "CONSULT", "visit")],
    "aid": [(None, "AID", None)],
    "fund": [(None, "AID", None)],
    "finance": [(None, "AID", None)],
    "lend": [(None, "AID", None)],
    "airlift": [(None, "AID", None)],
    "forgive": [(_s("debt loan"), "AID", None), (None, "SUPPORT", None)],
    "repatriate": [(PRISONERS | _s("body remains"), "RETREAT", "release")],
    "throw": [(THROWN, "PROTEST", "riot"), (_s("grenade bomb explosive"), "ASSAULT",
                                             "explosives")],
    "hurl": [(THROWN, "PROTEST", "riot"), (_s("grenade bomb explosive"), "ASSAULT",
                                            "explosives")],
    # "set fire to a house"; "you have set us a task to boost growth": an instruction
    "set": [(_s("fire blaze"), "ASSAULT", "primitive"), (_s("task"), "REQUEST", None)],
    "burn": [(_s("house home village building church mosque car vehicle shop office school "
                 "station"), "ASSAULT", "destroy"), (_s("flag effigy"), "PROTEST", "demo")],
    "assist": [(None, "AID", None)],
    "help": [(AID_GOODS | CIVILIANS, "AID", None)],
    "protest": [(None, "PROTEST", "demo")],
    "boycott": [(TALKS, "REJECT", "meet"), (None, "PROTEST", "boycott")],
    "deny": [(_s("access entry visa permission request"), "REJECT", None),
             (None, "REJECT", None)],
    "oppose": [(None, "REJECT", None)],
    "warn": [(None, "THREATEN", None)],
    "summon": [(ENVOYS, "ACCUSE", "allege")],
    "complain": [(None, "ACCUSE", "allege")],
    "file": [(INVESTIGATIONS, "ACCUSE", "allege")],
    "search": [(_s("home house office premise apartment building"), "COERCE", "seize")],
    "mine": [(TERRITORY | _s("road field water sea port coast"), "ASSAULT", "explosives")],
    "force": [(CIVILIANS, "COERCE", "deport")],
    "call": [(_s("reservist conscript"), "MOBILIZE", "troops")],
    "seek": [(_s("asylum refuge support help aid assistance protection release ceasefire "
                 "talk meeting negotiation clarification explanation extradition") | TALKS,
              "REQUEST", None)],
    "mobilize": [(TROOPS | _s("reserve reservist police"), "MOBILIZE", "troops")],
    # "used the pause in hostilities to replenish their forces", "... to regroup"
    "replenish": [(TROOPS | _s("reserve"), "MOBILIZE", "troops")],
    "regroup": [(None, "MOBILIZE", "troops")],
    "form": [(_s("militia"), "MOBILIZE", "militia")],
    "mobilise": [(TROOPS | _s("reserve reservist police"), "MOBILIZE", "troops")],
}

# Verbs whose lemma is also a simple VERBS entry are read through OBJECT_VERBS first.

# --------------------------------------------------------------------------- event nouns

NOUNS: dict[str, tuple[str, str | None]] = {}
_add(NOUNS, "talk negotiation consultation meeting summit conversation visit dialogue "
     "mediation discussion", "CONSULT")
_add(NOUNS, "call", "CONSULT", "phone")
_add(NOUNS, "trip", "CONSULT", "visit")  # "during a working trip to the Odesa region"
_add(NOUNS, "interview", "CONSULT")  # "said in an interview with Fareed Zakaria on CNN"
_add(NOUNS, "contact", "CONSULT")  # "we maintain regular contacts" (not "the contact line")
_add(NOUNS, "round", "CONSULT")  # only alone: "the latest round took place in Istanbul"
_add(NOUNS, "agreement deal accord consensus understanding compromise pledge promise offer",
     "AGREE")  # ("commitment" is a readiness noun, below)
_add(NOUNS, "ceasefire cease-fire truce armistice", "AGREE", "ceasefire")
# only when in force ("the silence regime began", "the corridor has started working")
_add(NOUNS, "regime", "RETREAT", "ceasefire")
_add(NOUNS, "corridor", "RETREAT", "access")
# an offer of an act, made by whoever owns it ("Kazakhstan's proposal to hold a meeting")
OFFERS = _s("proposal initiative offer suggestion proposition invitation")
# what Moscow put to Washington and NATO in December 2021 ("our proposals on security
# guarantees", "the Russian initiative", "our three key demands"): asked of them
SECURITY_DEMANDS = _s("proposal initiative demand requirement")
# stated readiness is an offer: "noted Russia's willingness to facilitate shipping"
READINESS_NOUNS = _s("willingness readiness openness intention consent resolve determination "
                      "commitment striving")
_add(NOUNS, " ".join(sorted(READINESS_NOUNS)), "AGREE")
_add(NOUNS, "exchange swap", "RETREAT", "release")
_add(NOUNS, "release", "RETREAT", "release")  # only of people held (the coder checks)
_add(NOUNS, "withdrawal pullout retreat", "RETREAT", "withdraw")
_add(NOUNS, "resignation abdication", "RETREAT", "resign")
_add(NOUNS, "disarmament demobilization demobilisation", "RETREAT", "disarm")
_add(NOUNS, "concession amnesty pardon", "CONCEDE")
_add(NOUNS, "lifting repeal relaxation", "CONCEDE")  # "announced the lifting of the curfew"
_add(NOUNS, "support solidarity gratitude condolence congratulation greeting praise recognition "
     "approval endorsement appreciation satisfaction sympathy wish", "SUPPORT")
# good wishes, not wants: "please accept my warmest wishes" (not "the wishes of the people")
WARM_WISHES = _s("best warm warmest sincere kind kindest good heartfelt")
# what carries a feeling or act to its addressee: "conveyed his words of sympathy to"
CARRIER_NOUNS = _s("word message expression letter telegram")
_add(NOUNS, "cooperation collaboration interaction partnership exercise drill sharing "
     "coordination training", "COOPERATE")
_add(NOUNS, "resumption restoration", "SUPPORT")  # "the resumption of diplomatic ties"
_add(NOUNS, "production project venture", "COOPERATE")  # only as "joint ..." (see the coder)
# only told as joint: "joint work with Korean partners", "our joint efforts", "joint events"
JOINT_ONLY_NOUNS = _s("work effort event research team programme program")
_add(NOUNS, " ".join(JOINT_ONLY_NOUNS), "COOPERATE")
_add(NOUNS, "aid assistance delivery shipment package donation provision help payment", "AID")
# only "the supply of 1,000 grenade launchers", "the payment of the second tranche" (see the
# coder): not "gas supplies", "payments for gas"
_add(NOUNS, "supply payment", "AID")
_add(NOUNS, "loan grant tranche", "AID")  # "announced a new loan of 150 million euros"
# verbs that promise what their object noun names: "confirmed the provision of air defence
# systems" is a promise of aid (AGREE), not aid given
PROMISING_VERBS = _s("confirm promise pledge guarantee")
_add(NOUNS, "evacuation", "AID")
_add(NOUNS, "request appeal demand plea", "REQUEST")
# an article that tells of occupation: its own people's protests are against the occupier
OCCUPATION_WORDS = _s("occupied occupation occupier occupiers occupant occupants invader "
                      "invaders")
TRIAL_NOUNS = _s("trial prosecution indictment")
# "the responsibility for ... lies with the Russian party": blame (ACCUSE)
BLAME_NOUNS = _s("responsibility blame fault")
_add(NOUNS, " ".join(sorted(TRIAL_NOUNS)), "ACCUSE", "allege")  # "a trial against ..."
_add(NOUNS, "concern indignation outrage disapproval denunciation objection regret "
     "disappointment dismay", "ACCUSE", "disapprove")  # "expressed concern over"
_add(NOUNS, "violation breach", "ASSAULT")  # "violations of the ceasefire" (PLOVER: by the accused)
_add(NOUNS, "accusation allegation criticism condemnation charge complaint indictment "
     "prosecution lawsuit", "ACCUSE", "allege")
_add(NOUNS, "investigation probe inquiry enquiry inquest", "ACCUSE", "investigate")
_add(NOUNS, "rejection refusal veto denial", "REJECT")
_add(NOUNS, "threat warning ultimatum", "THREATEN")
_add(NOUNS, "protest demonstration rally march", "PROTEST", "demo")
_add(NOUNS, "riot rioting", "PROTEST", "riot")
_add(NOUNS, "walkout stoppage", "PROTEST", "strike")
_add(NOUNS, "boycott", "PROTEST", "boycott")
_add(NOUNS, "sanction embargo", "SANCTION")
_add(NOUNS, "expulsion", "SANCTION", "expel")
_add(NOUNS, "conviction sentence verdict", "SANCTION", "convict")
_add(NOUNS, "suspension severance", "SANCTION", "discontinue")
_add(NOUNS, "welcome", "CONSULT", "host")
_add(NOUNS, "patrol", "MOBILIZE", "police")
_add(NOUNS, "cleansing", "ASSAULT", "cleansing")
_add(NOUNS, "mobilization mobilisation deployment buildup build-up reinforcement conscription "
     "recruitment call-up",
     "MOBILIZE", "troops")
# nouns that are a build-up only of forces: "the growth of US and NATO military forces"
BUILDUP_NOUNS = _s("growth increase concentration movement massing accumulation buildup "
                   "build-up")
# how a mobilisation is told when it has no owner: "general mobilization", "covert ..."
MOBILIZATION_KINDS = _s("general covert partial full total mass hidden secret")
_add(NOUNS, "arrest detention", "COERCE", "arrest")
_add(NOUNS, "curfew", "COERCE", "curfew")
_add(NOUNS, "blockade siege lockdown crackdown", "COERCE", "restrict")
_add(NOUNS, "disinformation misinformation propaganda", "COERCE", "misinformation")
_add(NOUNS, "occupation annexation seizure", "COERCE", "seize")
_add(NOUNS, "deportation", "COERCE", "deport")
_add(NOUNS, "captivity", "ASSAULT", "abduct")  # "remains in captivity": held by the enemy
# verbs whose object is an act still going on: "stop the deportation of citizens"
STOPPING_VERBS = _s("stop end halt cease")
# verbs a captive is in captivity with: "remains in captivity", "held in captivity"
CAPTIVITY_VERBS = _s("be remain stay hold keep languish die")
_add(NOUNS, "cyberattack hacking", "COERCE", "cyber")
_add(NOUNS, "attack strike airstrike offensive counteroffensive counter-offensive assault "
     "bombing shelling bombardment invasion aggression raid fighting clash killing ambush murder "
     "atrocity",
     "ASSAULT")
_add(NOUNS, "beating lynching", "ASSAULT", "beat")
_add(NOUNS, "beheading stabbing arson", "ASSAULT", "primitive")
_add(NOUNS, "shooting shootout gunfight firefight", "ASSAULT", "firearms")
_add(NOUNS, "execution", "ASSAULT", "execute")
_add(NOUNS, "rape", "ASSAULT", "sexual")
_add(NOUNS, "liberation", "ASSAULT")
_add(NOUNS, "looting sabotage", "ASSAULT", "destroy")
_add(NOUNS, "hijacking", "ASSAULT", "abduct")
_add(NOUNS, "explosion blast", "ASSAULT", "explosives")
_add(NOUNS, "massacre genocide slaughter bloodshed", "ASSAULT", "massacre")
_add(NOUNS, "torture", "ASSAULT", "torture")
_add(NOUNS, "assassination", "ASSAULT", "assassinate")
_add(NOUNS, "abduction kidnapping", "ASSAULT", "abduct")
_add(NOUNS, "shield", "ASSAULT", "abduct")  # only "human shield" (see the coder)
_add(NOUNS, "hand", "ASSAULT", None)  # only "died at the hands of X" (see the coder)
_add(NOUNS, "need", "REQUEST", None)  # only "stressed the need for X to" (the coder)

# How hard an attack noun was ("massive shelling"): told as a fact, not named as a topic.
ATTACK_INTENSITY = _s("massive heavy intense intensive constant continuous daily relentless "
                      "indiscriminate barbaric brutal atrocious systematic deliberate")

# Verbs that make an event noun the predicate ("held talks", "launched strikes",
# "imposed sanctions", "reached an agreement", "had a telephone conversation").
LIGHT_VERBS = _s("hold chair have conduct carry launch mount stage make impose introduce adopt "
                 "announce reach sign issue lodge file begin start continue resume "
                 "intensify step organise organize perform take undertake unleash "
                 "deliver provide send express voice reaffirm offer give extend declare order "
                 "open establish wage commit level agree approve conclude put present "
                 "develop strengthen expand deepen enhance boost promote complete finish "
                 "convey maintain")
# Verbs of which an event noun is the subject ("talks took place", "a strike hit ...").
NOUN_SUBJECT_VERBS = _s("take begin start continue resume end expire lapse conclude happen occur "
                        "hit kill destroy damage wound injure come enter follow last erupt flare "
                        "rage spread escalate intensify progress proceed develop")

# People who go on strike (a walkout, PROTEST strike) rather than launch one.
WORKERS = _s("worker union employee teacher miner doctor nurse driver staff labourer laborer "
             "trucker pilot docker farmer student")
# What "the use of ..." names when it is an attack (besides WEAPONS).
FORCE_MEANS = _s("force cannon gas grenade baton bullet uav vehicle aircraft aviation")
# Crowds whose violence is a riot (PLOVER PROTEST riot), not an armed attack.
CROWDS = _s("protester protestor demonstrator rioter crowd mob activist marcher")
# what one meets that is a bar to clear, not a person to talk to ("met this challenge")
MET_STANDARDS = _s("challenge requirement demand expectation need deadline standard target "
                   "criterion criteria obligation condition goal test")
# Spans of time an event fills: "two days of real ceasefire".
SPANS = _s("day week hour month night period year decade")
# what is given to help someone do something: "support for Ukraine in countering ..."
HELP_NOUNS = _s("support assistance help aid")
# what one is thanked for doing is aid given: "thanked Poland for sheltering refugees"
HELP_VERBS = _s("shelter facilitate help assist host rescue evacuate accept receive")
# verbs of going out to protest: "took to the streets", "went out on the streets"
STREET_VERBS = _s("take go come pour walk")
# nouns counting out sanctions or aid: "a package of sanctions" is sanctions (but "the Minsk
# Package of Measures" is none)
BATCH_NOUNS = _s("package round set wave batch series tranche")
# "held 12 hours of talks": the talks are what was held
SPAN_NOUNS = _s("minute hour day week month")
# what buyers demand ("the demand for high-tech products", "consumer demand"): no one's call
GOODS = _s("product goods commodity gas oil coal grain wheat food fertilizer fertiliser "
           "energy electricity service equipment metal steel")
MARKET_ADJS = _s("consumer domestic external foreign global growing high strong weak market "
                 "aggregate solvent")
# political states one is said to "help" a people reach ("to achieve a neutral status")
POLITICAL_ENDS = _s("status neutrality independence sovereignty demilitarisation "
                    "demilitarization denazification autonomy")
SANCTION_WORDS = _s("sanction embargo restriction tariff penalty")
# a denied allegation negates the act alleged: "the allegations about missile attacks on
# Kiev are untrue", "accusations against our state of shelling ... are pure lies"
ALLEGATION_NOUNS = _s("allegation accusation claim charge")
DENIALS = _s("untrue false baseless groundless unfounded lie fake fabrication provocation "
             "nonsense absurd slander")
# prepositions that make an attack noun a time or purpose, not a told attack, also through
# a noun of time ("after the start of a full-scale Russian invasion")
BACKGROUND_PREPS = _s("during since before after throughout for until")
# what a clause is done for or because of, not what it asks or agrees: "requested
# recognition in connection with the shelling of Donbass", "because of the attacks"
CAUSE_PREPS = _s("because due amid despite owing")
CAUSE_NOUNS = _s("connection response result light view consequence")
# an attack noun that names the war itself: told even as a time ("since the Russian
# invasion", "has been resisting the invasion for 99 days"), the invasion is a fact
WAR_NOUNS = _s("invasion")
TIME_NOUNS = _s("start beginning outbreak day days week weeks month months first end eve")
# people received or hosted as aid, and what for: "receives our wounded for treatment"
CARED_FOR = _s("refugee evacuee wounded patient orphan idp")  # (IDPs: internally displaced)
CARE = _s("treatment rehabilitation recovery shelter care")
# modifiers of events not yet held: "the planned talks", "the next round"
# people and buildings a soft verb of violence strikes in a war ("children were killed",
# "destroyed dozens of hospitals")
PEOPLE_STRUCK = _s("people person civilian child children resident citizen woman women man men "
                   "family families thousand hundred dozen mother father boy girl kid "
                   "journalist volunteer doctor rescuer worker teacher priest")
BUILDINGS = _s("house home building city town village hospital school kindergarten church "
               "shelter bridge infrastructure plant factory station theatre theater museum "
               "university apartment dwelling settlement district neighbourhood neighborhood "
               "square market airport port warehouse depot facility enterprise monument "
               "memorial cathedral mosque synagogue dam railway substation")
# forces only a past war has
PAST_FORCES = ("red army", "soviet troops", "soviet army", "soviet soldiers", "soviet forces",
               "wehrmacht", "nazi germany", "hitler")
# phrases of earlier wars, whose victims an outlet at war does not blame on today's enemy
PAST_WARS = ("world war", "patriotic war", "holocaust", "wwii", "holodomor", "nazi invader",
             "nazi occupier", "nazi occupation", "from nazism", "from the nazis", "nazi criminal",
             "nazi crime",
             "babyn yar", "babi yar", "concentration camp", "ghetto", "auschwitz",
             "siege of leningrad", "blockade of leningrad", *PAST_FORCES)
# an actor that is one of those forces: what it does is history, whatever the date a bare "On
# December 6" resolves to ("On December 6, the Red Army launched a counter-offensive"); not
# "veterans of the Great Patriotic War", met today
# (and states or peoples gone: "We cooperated closely with the Soviet people in the Virgin
# Lands campaign")
PAST_STATES = ("soviet people", "soviet union", "ussr", "soviet government", "soviet leadership")
HISTORY_ONLY = re.compile(r"^(?:the )?(?:" + "|".join(PAST_FORCES + PAST_STATES) +
                          r")\b(?!.*\bveterans?\b)", re.I)
LIBERATING = _s("liberate liberation")
RETAKING = _s("recapture retake")
# a stop put to an act: "a 30-day halt of strikes" (a truce), "an end to Western military aid"
# (asked of whoever gives it)
HALT_NOUNS = _s("halt suspension cessation moratorium pause stop end")
INVADING = _s("invasion aggression offensive")
STRUCK_IN_WAR = PEOPLE_STRUCK | BUILDINGS
COUNT_NOUNS = _s("ten dozen hundred thousand million number lot")
# documents and formats named after the city where they were made: "the Minsk agreements",
# "the Budapest Memorandum", "the Normandy format" name no party of theirs (coder and tracker)
CITY_DOCUMENTS = _s("agreement accord protocol memorandum format communique communiqué "
                    "declaration arrangement deal process convention treaty package")
# verbs whose object is an attack that was made on their subject ("repelled the assault")
ENDURE_VERBS = _s("repel repulse resist withstand endure suffer survive experience undergo "
                  "combat counter confront")
FIGHT_BACK_VERBS = _s("repel repulse resist")
# where leaders meet as fellow guests: "met on the sidelines of the COP26 conference"
GATHERINGS = _s("summit conference forum sideline session assembly congress framework "
                "participation")
POSSIBLE_ADJS = _s("potential possible hypothetical eventual imminent impending looming")
NOT_YET = _s("planned next upcoming future possible potential proposed expected scheduled "
             "new further")
# verbs of massing forces, whose "to attack" is a purpose, not an attack
MASSING_VERBS = _s("gather accumulate amass mass concentrate deploy move send prepare")
# nouns of enacting an act, which the act's noun carries: "the approval of the package"
ENACTING_NOUNS = _s("approval adoption introduction imposition announcement declaration")
# who talks with an official without being a party to consultations
# what is given to a request, a question or an appeal
ANSWERS = _s("answer response respond reply")
PRESS = _s("media medium journalist reporter press correspondent newsman")
# what talks are held over ("a phone call", "told you over the phone", "by video link")
REMOTE = _s("phone telephone video videoconference")
# verbs of telling: told by phone, they are a call ("informed Macron by phone about ...")
TELLING_VERBS = _s("tell inform brief update notify")
# Nouns that carry an event noun's predicate: "the second round of talks took place".
ROUND_NOUNS = _s("round series resumption continuation beginning start stage phase")
# Verbs that give a verdict on something ("described X as counterproductive", "called the
# strikes barbaric") and the verdicts that make the verdict an accusation.
DESCRIBE_VERBS = _s("describe call term label characterize characterise brand consider regard "
                    "deem qualify")
NEGATIVE_VERDICTS = _s("counterproductive unacceptable destructive provocative dangerous "
                       "illegal illegitimate unlawful unfounded groundless baseless absurd "
                       "criminal barbaric cynical aggressive irresponsible hostile unfriendly "
                       "false lie crime terrorism terrorist genocide provocation blackmail "
                       "mistake unjustified unjustifiable outrageous inhumane brutal "
                       "senseless reckless invalid null void violation")
# Verdicts that accuse without a verb of accusing (detente.nlp.verdicts): wilful neglect
# ("ignore", "closed their eyes to") and nouns or adjectives of a hostile act.
NEGLECT_VERBS = _s("ignore overlook disregard condone")
EYE_VERBS = _s("close shut turn")  # "closed their eyes to", "turned a blind eye to"
# what an actor's act is blamed for doing: "the sanctions imposed by the West have been
# complicating this issue", "NATO's expansion undermines security"
HARM_VERBS = _s("complicate hamper undermine jeopardize jeopardise endanger worsen aggravate "
                "exacerbate destabilize destabilise erode contradict")
# what an attack does to its victims: told beside the attack, one act with it ("were killed
# and wounded in the shelling"), where two verbs of attack are two acts
CASUALTY_VERBS = _s("kill wound injure die")
VERDICT_NOUNS = _s("crime atrocity genocide provocation manipulation unwillingness fake violation "
                   "inconsistency lawlessness blackmail disinformation lie terror "
                   "arbitrariness piracy theft")
# "Putin is primarily responsible for this situation", "guilty of war crimes": a blame on
# the subject when what it is blamed for is a harm
BLAME_ADJS = _s("responsible guilty culpable")
BLAMED_FOR = VERDICT_NOUNS | _s("war situation crisis escalation deterioration tragedy "
                                "catastrophe death killing destruction suffering bloodshed "
                                "aggression attack shelling famine disaster invasion cruelty "
                                "violence")
# what a copula can call an act that has not happened: "an attack is a real possibility"
PROSPECTS = _s("threat risk possibility danger question option scenario prospect")
# what one is invited to do as a guest or party ("invited Trudeau to visit Ukraine")
INVITED_TO = _s("visit come meet attend participate join talk hold speak address discuss "
                "negotiate become")
DECISIONS = _s("decision resolution")  # "the decision to impose new sanctions": decided
# what one faces as the accused: "facing charges of corruption", "will face trial"
CHARGES = _s("charge trial prosecution accusation indictment lawsuit")
# wrongs that are examined: "the court was examining possible war crimes"
EXAMINED_WRONGS = VERDICT_NOUNS | _s("abuse allegation violation killing murder")
# care given to people, by whoever gives it to anyone, its own people too ("the evacuation of
# people from Mariupol")
RESCUE_WORDS = _s("evacuation evacuate rescue treatment resettlement relocation")
COURTESIES = _s("greeting congratulation condolence wish thanks gratitude apology regard "
                "sympathy")  # accepted as a formula, no agreement
PRINCIPLES = _s("principle value ideal norm idea ideology standard")
PREVENT_VERBS = _s("prevent hinder obstruct disrupt thwart sabotage")
# "did not allow people to leave": keeping them in (COERCE), not a refused concession
LEAVING_VERBS = _s("leave exit evacuate flee go escape depart return")
# what an actor is called or recognised as, in a verdict on it: "has become a terrorist",
# "recognise Russia as a sponsor of terrorism", "recognised its actions as genocide"
LABEL_NOUNS = _s("terrorist aggressor criminal murderer killer butcher executioner terrorism")
LABEL_VERBS = _s("recognize recognise declare designate name call brand label list consider "
                 "regard qualify classify")
VERDICT_ADJS = _s("barbaric atrocious criminal cynical inhumane brutal illegal unlawful "
                  "illegitimate provocative reckless treacherous terrorist monstrous vile "
                  "savage")
# what one gives a high or positive mark of ("gave a high appraisal of X's achievements")
APPRAISALS = _s("appraisal assessment evaluation")
# verdicts that turn offers or demands down ("the proposal is unacceptable": REJECT)
REFUSING_VERDICTS = _s("unacceptable inadmissible unrealistic absurd")
# verdicts passed on an act as a predicate ("the blockade of the ports is unacceptable")
PREDICATED_VERDICTS = _s("unacceptable inadmissible counterproductive destructive "
                         "irresponsible unjustified outrageous")

# ----------------------------------------------------------------- reporting and modality

REPORTING = _s("say tell report state announce claim add note stress emphasise emphasize "
               "confirm declare insist reiterate write indicate explain recall acknowledge "
               "admit assert suggest inform point believe argue mention underline "
               "highlight assure quote allege affirm reaffirm")
FUTURE_AUX = _s("will shall 'll wo")
HYPO_AUX = _s("could might may would should can")
FUTURE_GOVERNORS = _s("plan intend aim expect prepare schedule set seek hope")
# "the truce is meant (designed) to allow …": a purpose, told in the passive
PURPOSE_PASSIVES = _s("mean design intend")
# "would like to thank", "want to thank": politeness, not a condition or an intention.
POLITE_VERBS = _s("like love want wish")
NEGATORS = _s("not n't never no neither nor without")
COND_MARKERS = _s("if unless whether")
# what "it is ... to" calls needed ("it is necessary to block the financial flows")
IMPORTANT_ADJ = _s("important necessary vital essential crucial imperative urgent")

# Types that, promised or intended, are AGREE; threatened, are THREATEN (PLOVER: intent).
COOPERATIVE = _s("CONSULT SUPPORT COOPERATE AID CONCEDE RETREAT")
CONFLICTUAL = _s("SANCTION COERCE ASSAULT PROTEST")

# ------------------------------------------------------------------- request modes

def noun_type(lemma: str) -> str:
    """The PLOVER type an event noun names ("talks" -> CONSULT); "" for any other word."""
    return NOUNS.get(lemma, ("",))[0]


def request_mode(etype: str | None, obj_lemmas: set[str]) -> str | None:
    """PLOVER REQUEST/REJECT mode from what is asked for or refused."""
    if obj_lemmas & _s("responsibility blame accountability"):
        return None  # "Russia must bear responsibility for the food crisis": a charge, no aid
    if obj_lemmas & (TALKS | _s("meet negotiate talk discuss mediate mediation")):
        return "meet"
    if etype in ("RETREAT", "CONCEDE") or obj_lemmas & (CEASEFIRES | YIELD_VERBS | _s(
            "release withdrawal free lift")):
        return "yield"
    if etype in ("AID", "COOPERATE") or obj_lemmas & (AID_GOODS | _s("assistance aid help")):
        return "assist"
    if obj_lemmas & _s("reform change resign resignation step"):
        return "change"
    return None


# ------------------------------------------------------------------------------ contexts

CONTEXT_WORDS: dict[str, frozenset[str]] = {
    "military": _s("military army troop force soldier weapon missile tank attack strike "
                   "shelling artillery war offensive ceasefire truce defence defense "
                   "battalion brigade drone combat operation hostility fighting frontline "
                   "front serviceman invasion navy warship airstrike bomb rocket mortar"),
    "diplomatic": _s("talk negotiation diplomatic diplomat embassy ambassador summit "
                     "treaty minister meeting visit envoy relation dialogue delegation "
                     "mediation consultation foreign bilateral conversation"),
    "humanitarian": _s("humanitarian aid corridor evacuation evacuate refugee civilian "
                       "relief food medicine shelter displaced convoy red cross icrc"),
    "economic": _s("economic economy trade export import sanction investment bank "
                   "financial finance gas oil energy grain tariff market business "
                   "company debt loan budget currency price"),
    "legal": _s("court law legal trial prosecutor judge investigation crime criminal "
                "tribunal charge arrest lawsuit justice"),
    "political": _s("political election party parliament opposition referendum "
                    "constitution reform politician"),
    "refugee": _s("refugee asylum displaced migrant"),
    "terrorism": _s("terrorist terrorism terror bomber suicide extremist"),
    "cbrn": _s("nuclear chemical biological radiological radiation reactor uranium"),
    "cyber": _s("cyber cyberattack hacker hack website"),
    "human_rights": _s("torture rights abuse atrocity genocide"),
    "resource": _s("water energy electricity gas oil fuel grain land"),
}
