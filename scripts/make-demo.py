#!/usr/bin/env python3
"""Writes Data/demo/demo.json: the fictitious demo team tavle bundles.

Every date in it is relative to ANCHOR; `tavle demo` and `tavle init --demo` shift all dates by
(today - ANCHOR), so the demo always looks current. Run again after changing the story below.
Deterministic: the same file every time.
"""
import json, random, datetime as dt, os

ANCHOR = dt.date(2026, 11, 22)
rnd = random.Random(20261122)

def day(offset):
    return (ANCHOR + dt.timedelta(days=offset)).isoformat()

def ts(offset, hh, mm):
    d = ANCHOR + dt.timedelta(days=offset)
    return f"{d.isoformat()}T{hh:02d}:{mm:02d}:00+01:00"

def born(age_years, days_extra):
    # Born so that the youth is `age_years` old today and has a birthday `days_extra` days from now.
    b = ANCHOR + dt.timedelta(days=days_extra)
    return b.replace(year=b.year - age_years - 1).isoformat() if days_extra > 0 else b.replace(year=b.year - age_years).isoformat()

# Work phones (fictitious, in the 900 00 0xx range no operator hands out) for the on-call briefing.
staff = [
    dict(id="ingrid", initials="IS", name="Ingrid Sæther", role="leader", phone="900 00 001", unixUsers=[], active=True),
    dict(id="ole", initials="OB", name="Ole Bråten", role="case-manager", phone="900 00 002", unixUsers=[], active=True),
    dict(id="siri", initials="SL", name="Siri Løvås", role="case-manager", phone="900 00 003", unixUsers=[], active=True),
    dict(id="jonas", initials="JA", name="Jonas Aas", role="psychologist", phone="900 00 004", unixUsers=[], active=True),
    dict(id="mette", initials="MD", name="Mette Dahl", role="psychiatrist", phone="900 00 005", unixUsers=[], active=True),
    dict(id="hakon", initials="HØ", name="Håkon Ødegård", role="peer-specialist", phone="900 00 006", unixUsers=[], active=True),
    dict(id="nora", initials="NV", name="Nora Vik", role="education-work-expert", phone="900 00 007", unixUsers=[], active=True),
    dict(id="per", initials="PS", name="Per Strøm", role="substance-specialist", phone="900 00 008", unixUsers=[], active=True),
    dict(id="ase", initials="ÅL", name="Åse Lie", role="family-therapist", unixUsers=[], active=True),
]
staff_ids = [s["id"] for s in staff]

# An inter-municipal team (issue 22): three municipalities, every youth in one of them.
MUNICIPALITIES = ["Nordby", "Sørvik", "Åsen"]

team = dict(schema=5, version=1, name="FACT ung Nordbyen", municipalities=MUNICIPALITIES, language="nb", timeZone="Europe/Oslo",
            access="private", targetBoardShare=0.2, boardShareWarning=0.25, meetingMinutes=15,
            retentionMonths=12, staff=staff,
            rules=dict(newIntakeOverdueDays=7, reviewIntervalDays=180, boardPeriodDays=14,
                       noContactIntensiveDays=3, noContactCaseManagementDays=14, turning18WithinDays=90,
                       ageingOutWithinDays=180, dischargeReviewDays=14, orderExpiringDays=30))

NOTE_TEXTS = {
    "note": ["Hjemmebesøk, god samtale om skole og søvn.", "Møtte mor, hun er sliten men samarbeider.",
             "Ungdommen uteble fra avtale, ringte etterpå.", "Gikk tur sammen, snakket om framtid og jobb.",
             "Samtale med kontaktlærer om tilrettelegging.", "Sover bedre etter ny døgnrytme."],
    "decision": ["Teamet øker kontakten til daglig denne uka.", "Avtalt ansvarsgruppemøte med skole og NAV.",
                 "Psykolog tar samtale om traumer neste uke."],
    "warning": ["Har snakket om å ikke orke mer. Følg opp kriseplanen."],
}

def notes_for(n, authors, recent_days):
    out = []
    for i in range(n):
        kind = "decision" if i % 3 == 2 else "note"
        off = -rnd.randint(0, recent_days)
        out.append(dict(id=f"n{rnd.randrange(16**7):07x}", at=ts(off, rnd.randint(8, 15), rnd.choice([0, 15, 30, 45])),
                        author=rnd.choice(authors), kind=kind, text=rnd.choice(NOTE_TEXTS[kind])))
    return sorted(out, key=lambda n: n["at"])

# The arena of each face-to-face visit, in turn (no random draw, so the rest of the demo stays as it
# was): most of the work out on the youth's own arenas, some at the office. A phone call is by phone,
# an attempt has no arena.
VISIT_ARENAS = ["home", "community", "school", "home", "office", "community", "work", "home"]
visit_count = [0]

def arena_for(kind):
    if kind == "phone": return "phone"
    if kind != "visit": return None
    a = VISIT_ARENAS[visit_count[0] % len(VISIT_ARENAS)]
    visit_count[0] += 1
    return a

def with_arena(c):
    a = arena_for(c["kind"])
    if a: c["arena"] = a
    return c

def contacts_for(per_week, authors, last_offset, weeks=8):
    out = []
    for w in range(weeks):
        for _ in range(per_week):
            off = -(w * 7 + rnd.randint(0, 6))
            if off > last_offset:
                continue
            kind = rnd.choice(["visit", "visit", "phone", "attempt"])
            out.append(with_arena(dict(id=f"c{rnd.randrange(16**7):07x}", at=ts(off, rnd.randint(8, 17), rnd.choice([0, 30])),
                            staff=rnd.choice(authors), **{"with": rnd.choice(["youth", "youth", "network"])}, kind=kind)))
    if last_offset <= 0:
        out.append(with_arena(dict(id=f"c{rnd.randrange(16**7):07x}", at=ts(last_offset, 10, 0), staff=authors[0],
                        **{"with": "youth"}, kind="visit")))
    return sorted(out, key=lambda c: c["at"])

def youth(id, name, age, bday_in, intake_off, contact, second, domains, status="stable", mode="case-management",
          periods=(), reviews=(), crisis_plan=None, orders=(), phase="active", n_notes=2, per_week=1,
          last_contact=-4, plans=(), warning="", goals="", whereabouts="home", referral=None, initials=None,
          handover=None, plan_reviewed=-60):
    authors = [contact, second]
    contacts = contacts_for(per_week, authors, last_contact)
    y = dict(schema=5, id=id, version=1, name=name, born=born(age, bday_in), intake=day(intake_off),
             primaryContact=contact, secondContact=second, domains=list(domains), whereabouts=whereabouts,
             goals=goals, warning=warning, status=status, orders=list(orders), consents=[], phase=phase,
             mode=mode, boardPeriods=list(periods), reviews=list(reviews), notes=notes_for(n_notes, authors, 20),
             contacts=contacts, plans=list(plans),
             intakeCriteria=dict(longTermNeed=True, functionalImpairment=True, severeEatingDisorder=False),
             fieldVersions={}, fieldAuthors={})
    if initials: y["initialsOverride"] = initials
    # The treatment plan was last reviewed `plan_reviewed` days ago (never for a youth taken in since).
    if plan_reviewed is not None and plan_reviewed >= intake_off: y["planReviewed"] = day(plan_reviewed)
    if contacts: y["lastContact"] = max(c["at"] for c in contacts)
    if crisis_plan is not None: y["crisisPlan"] = crisis_plan
    if referral: y["referral"] = referral
    y["services"] = ["outreach"] if referral and referral["source"] == "outreach" else []
    y["retractions"] = []
    if handover: y["handover"] = handover
    y["municipality"] = MUNICIPALITY[id]
    y["school"] = [dict(status=st, since=day(off), by=by, at=ts(max(off, intake_off), 12, 0), **({"note": note} if note else {}))
                   for (st, off, by, note) in SCHOOL.get(id, [])]
    return y

def period(reason, start_off, plan, eval_off, by="ingrid", last_eval=None):
    p = dict(id=f"p{rnd.randrange(16**5):05x}", reason=reason, start=day(start_off), plan=plan,
             evaluate=day(eval_off), decidedBy=by)
    if last_eval is not None: p["lastEvaluated"] = day(last_eval)
    return p

def old_period(reason, start_off, end_off, plan):
    p = period(reason, start_off, plan, end_off)
    p["end"] = day(end_off)
    return p

def review(off, by="ingrid", note=None):
    r = dict(day=day(off), by=by)
    if note: r["note"] = note
    return r

def plan(staff, time, place=None):
    p = dict(id=f"a{rnd.randrange(16**5):05x}", day=day(0), staff=staff, time=time)
    if place: p["place"] = place
    return p

# Where each youth lives: every youth in one of the team's municipalities.
MUNICIPALITY = dict(sofie="Nordby", kristian="Sørvik", amina="Nordby", mathias="Åsen", karoline="Nordby",
                    eirik="Sørvik", thea="Nordby", lukas="Åsen", ida="Sørvik", noah="Nordby", maja="Sørvik",
                    filip="Åsen", sara="Nordby", oskar="Sørvik")

# School or work, oldest first: (status, since offset, recorded by, note). Amina (just taken in) has none yet.
SCHOOL = dict(
    sofie=[("attending", -400, "ole", None), ("absent", -40, "ole", "Ikke på skolen siden høstferien")],
    kristian=[("absent", -120, "siri", None), ("partly", -30, "per", "Tre dager i uka, avtale med kontaktlærer")],
    mathias=[("dropped-out", -300, "nora", None), ("attending", -20, "nora", "Elektrofag VG1, tilrettelagt")],
    karoline=[("work", -200, "hakon", "Deltid i butikk")],
    eirik=[("attending", -300, "siri", None)],
    thea=[("none", -800, "hakon", None)],
    lukas=[("work", -500, "nora", None), ("nav-measure", -60, "nora", "Arbeidstrening via NAV")],
    ida=[("absent", -90, "siri", None)],
    noah=[("attending", -120, "ase", None)],
    maja=[("nav-measure", -100, "hakon", None)],
    filip=[("dropped-out", -400, "siri", None)],
    sara=[("attending", -250, "jonas", None)],
    oskar=[("work", -600, "nora", "Lagerarbeider")],
)

youths = [
    youth("sofie", "Sofie Bakke", 16, 140, -210, "ole", "jonas", ["mental-health", "family", "school"],
          status="crisis", mode="intensive",
          periods=[old_period("vulnerable", -150, -120, "Tett oppfølging etter utskrivning fra avdeling."),
                   period("crisis", -6, "Daglig kontakt, psykolog to ganger i uka, kriseplan gjennomgått med mor.", 8)],
          reviews=[review(-150), review(-40)], crisis_plan=dict(updated=day(-5), outOfHours="Mor ringer bakvakt, deretter legevakt 116 117"),
          n_notes=4, per_week=4, last_contact=-1, warning="Selvskading siste uke",
          plans=[plan("ole", "09:30", "Hjemme"), plan("jonas", "14:00", "Kontoret")],
          goals="Tilbake på skolen etter jul", referral=dict(source="child-welfare", contact="Barnevernet i Nordbyen")),
    youth("kristian", "Kristian Haug", 17, 45, -400, "siri", "per", ["substance-use", "school", "crime"],
          status="worried", mode="intensive",
          periods=[period("vulnerable", -9, "Russpesialist følger opp, kontakt med skole hver uke.", 5)],
          reviews=[review(-100)], crisis_plan=None, n_notes=3, per_week=3, last_contact=-2,
          plans=[plan("per", "11:00", "Skolen")], goals="Fullføre VG1", referral=dict(source="school")),
    youth("amina", "Amina Jørgensen", 14, 200, -3, "siri", "ase", ["mental-health", "family"],
          mode="intensive", periods=[period("intake", -3, "Bli kjent, kartlegging, familiemøte innen en uke.", 11)],
          reviews=[], crisis_plan=dict(updated=day(-2), outOfHours="Far ringer bakvakt"), n_notes=2, per_week=2,
          last_contact=-1, plans=[plan("ase", "13:00", "Hjemme")], phase="clarification",
          referral=dict(source="outreach", contact="Utekontakten, Lars")),
    youth("mathias", "Mathias Lønning", 19, 300, -700, "ole", "nora", ["school", "work", "mental-health"],
          mode="intensive",
          periods=[period("positive-development", -20, "Støtte oppstart på skole: daglig oppfølging første tre uker.", -3)],
          reviews=[review(-60)], crisis_plan=dict(updated=day(-25)), n_notes=3, per_week=3, last_contact=-1,
          goals="Fagbrev som elektriker"),
    youth("karoline", "Karoline Hansen", 21, 100, -500, "ole", "hakon", ["network", "work"],
          reviews=[review(-30)], n_notes=2, per_week=1, last_contact=-5, goals="Egen leilighet"),
    youth("eirik", "Eirik Sæbø", 15, 250, -300, "siri", "ase", ["family", "school"],
          reviews=[review(-50)], orders=[dict(id="o1", kind="Omsorgsovertakelse (barnevern)", expires=day(12))],
          n_notes=2, per_week=1, last_contact=-6, whereabouts="institution",
          referral=dict(source="child-welfare", contact="Barnevernet, saksbehandler Berit")),
    youth("thea", "Thea Nilsen", 23, 30, -800, "hakon", "mette", ["mental-health", "network"],
          reviews=[review(-200)], n_notes=2, per_week=1, last_contact=-8, plan_reviewed=-200),
    youth("lukas", "Lukas Berg", 25, 120, -1200, "nora", "ole", ["work", "substance-use"], status="crisis",
          reviews=[review(-20)], n_notes=2, per_week=1, last_contact=-3, goals="Jobb i lager",
          warning="Tilbakefall rus, ikke på tavla ennå"),
    youth("ida", "Ida Strand", 20, 180, -350, "siri", "jonas", ["mental-health"],
          reviews=[review(-70)], n_notes=1, per_week=1, last_contact=-4),
    youth("noah", "Noah Håland", 13, 90, -120, "ase", "ole", ["family", "school"],
          reviews=[review(-100)], n_notes=2, per_week=1, last_contact=-2, phase="clarification"),
    youth("maja", "Maja Økland", 18, 220, -900, "ole", "hakon", ["network", "work"],
          reviews=[review(-10)], phase="discharge-phase", n_notes=2, per_week=1, last_contact=-7,
          goals="Klare seg med utekontakten", referral=dict(source="outreach", contact="Utekontakten, Lars"),
          handover=dict(service="Utekontakten", contact="Lars Holm")),
    youth("filip", "Filip Aune", 20, 60, -600, "siri", "per", ["substance-use", "crime"],
          status="worried", reviews=[review(-90)], n_notes=2, per_week=1, last_contact=-16,
          warning="Usikker bosituasjon", whereabouts="unknown"),
    youth("sara", "Sara Lie", 18, -10, -250, "jonas", "siri", ["mental-health", "school"],
          reviews=[review(-120)], n_notes=1, per_week=1, last_contact=-3),
    youth("oskar", "Oskar Brekke", 22, 15, -1000, "hakon", "nora", ["work", "network"],
          reviews=[review(-120)], n_notes=1, per_week=1, last_contact=-9),
]

# Issue 23 (schema 6): consent that follows the law, the youth's own goals, family and network.
# Sofie's mother consented before Sofie turned 16 (consent-renewal); child welfare consented for
# Amina (14); Eirik is followed by child welfare with no consent on record (consent-missing).
CONSENTS = dict(
    sofie=[dict(party="child-welfare", givenBy="parents", given=day(-300), scope="Skole og hjemmesituasjon")],
    amina=[dict(party="outreach", givenBy="child-welfare", given=day(-3))],
    maja=[dict(party="outreach", givenBy="youth", given=day(-100), scope="Overføring ved utskrivning")],
    kristian=[dict(party="school", givenBy="youth", given=day(-60)),
              dict(party="other", givenBy="youth", given=day(-30), note="Fritidsklubben i Sørvik")],
)
def goal(n, text, off, by, done=None):
    g = dict(number=n, text=text, date=day(off), by=by)
    if done is not None: g["done"] = day(done)
    return g
GOALS = dict(
    sofie=[goal(1, "Tilbake på skolen etter jul", -30, "ole")],
    mathias=[goal(1, "Begynne på skolen igjen", -200, "ole", done=-20), goal(2, "Fagbrev som elektriker", -20, "nora")],
    karoline=[goal(1, "Egen leilighet", -90, "ole")],
    lukas=[goal(1, "Jobb i lager", -60, "nora")],
)
def person(n, name, relation, off, responsibility=False, phone=None, may_share=None):
    p = dict(number=n, name=name, relation=relation, parentalResponsibility=responsibility, added=day(off))
    if phone: p["phone"] = phone
    if may_share is not None: p["mayShare"] = may_share
    return p
NETWORK = dict(
    sofie=[person(1, "Randi Bakke", "mother", -200, True, "+47 911 22 333", True),
           person(2, "Jon Bakke", "father", -200, True, None, False)],
    amina=[person(1, "Tarek Jørgensen", "father", -3, True, "+47 922 33 444", True)],
    eirik=[person(1, "Grete Fosse", "foster-parent", -250, False, "+47 933 44 555", True)],
)
for y in youths:
    y["schema"] = 7
    y["consents"] = CONSENTS.get(y["id"], y["consents"])
    y["goalList"] = GOALS.get(y["id"], [])
    y["network"] = NETWORK.get(y["id"], [])

# The weekly rota (turnus): who has the day, the evening, the weekend and the on-call (bakvakt).
# A pattern by weekday has no dates, so it needs no shifting.
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday"]
day_shift = [["ole", "siri"], ["siri", "jonas"], ["ole", "nora"], ["siri", "ase"], ["ole", "per"]]
evening = ["hakon", "ase", "per", "hakon", "nora"]
on_call = ["ingrid", "mette", "ingrid", "mette", "ingrid"]
pattern = []
for i, wd in enumerate(WEEKDAYS):
    pattern += [dict(weekday=wd, shift="day", staff=day_shift[i]), dict(weekday=wd, shift="evening", staff=[evening[i]]),
                dict(weekday=wd, shift="on-call", staff=[on_call[i]])]
for wd in ["saturday", "sunday"]:
    pattern += [dict(weekday=wd, shift="weekend", staff=["hakon" if wd == "saturday" else "per"]),
                dict(weekday=wd, shift="on-call", staff=["mette"])]
# Public holidays: a weekend shift and an on-call, so a holiday week has no gaps either.
holiday_pattern = [dict(shift="weekend", staff=["nora"]), dict(shift="on-call", staff=["ingrid"])]
rota = dict(pattern=pattern, holidayPattern=holiday_pattern)

# Two referrals waiting in the queue (issue 21), received 9 and 2 days ago.
referrals = [
    dict(schema=1, id="emma", version=0, name="Emma Nilsen", born=born(15, 40), **{"from": "school"}, received=day(-9),
         contact="Rådgiver Kari, Nordby skole"),
    dict(schema=1, id="tobias", version=0, name="Tobias Eide", born=born(19, 200), **{"from": "gp"}, received=day(-2)),
]

# Noah (in clarification) has criterion 2 not assessed yet: `intake-criteria-unassessed`.
for y in youths:
    if y["id"] == "noah": del y["intakeCriteria"]["longTermNeed"]

# Issue 23 (schema 7): yesterday's board meeting answered the four questions for three of the four
# board youths (Sofie's safety a concern, so the board marks her; Amina discussed without answers),
# so the minutes, `stats` and the detail view show answers, and the figure is 3 of 4.
def answers(off, needs=None, treatment=None, safety=None, family=None):
    a = dict(day=day(off))
    for k, v in (("needs", needs), ("treatment", treatment), ("safety", safety), ("family", family)):
        if v is not None: a[k] = v
    return a
ANSWERS = dict(
    sofie=answers(-1, "Trygg overgang tilbake til skolen", "ok", "concern", "ok"),
    kristian=answers(-1, None, "concern", "ok", "ok"),
    mathias=answers(-1, "Praksisplass i januar", "ok", "ok", "concern"),
)
for y in youths:
    if y["id"] in ANSWERS: y["answers"] = ANSWERS[y["id"]]
events = []
for i, yid in enumerate(["sofie", "kristian", "mathias", "amina"]):
    if yid in ANSWERS:
        events.append(dict(at=ts(-1, 8, 31 + 3 * i), by="ingrid", youth=yid, kind="answers", answers=ANSWERS[yid]))
    events.append(dict(at=ts(-1, 8, 33 + 3 * i), by="ingrid", youth=yid, kind="discussed", seconds=180))
meetings = [dict(schema=2, version=1, day=day(-1), chair="ingrid", attendees=["ingrid", "ole", "siri", "jonas", "ase"],
                 started=ts(-1, 8, 30), ended=ts(-1, 8, 44), minutes=15, board=["sofie", "kristian", "mathias", "amina"],
                 events=events)]

doc = dict(anchor=ANCHOR.isoformat(), team=team, youths=youths, rota=rota, referrals=referrals, meetings=meetings)
path = os.path.join(os.path.dirname(__file__), "..", "Data", "demo", "demo.json")
with open(path, "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, indent=1, sort_keys=True)
    f.write("\n")
print(f"wrote {path}: {len(staff)} staff, {len(youths)} youths")
