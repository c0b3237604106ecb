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
        elif f"by {e['staff']} " not in o["out"]:
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
        for sc in ["write", "fsync", "rename", "flock", "unlink", "ftruncate"]:
            for n in range(1, 30):
                marker = f"Strace {sc} {n}"
                if label.startswith("team"):
                    sid = f"s{sc[:3]}{n}"
                    argv = ["staff", "add", "--name", marker, "--initials", f"Q{n % 10}", "--role", "psychologist", "--id", sid]
                    marker = sid
                elif label.startswith("youth update with"):
                    v = json.loads(read(os.path.join(d, "youths/sara.json")))["version"]
                    status = ["worried", "crisis", "stable"][n % 3]
                    cur = json.loads(read(os.path.join(d, "youths/sara.json")))["status"]
                    if status == cur:
                        status = ["worried", "crisis", "stable"][(n + 1) % 3]
                    argv = ["status", "sara", status, "--if-version", str(v)]
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
    result(steps >= 20 and not problems, f"crashes: killed at each of {steps} write-path steps (write/fsync/rename/flock × note, status --if-version, add, staff add): old or new, next writer recovers, check clean",
           "; ".join(problems[:4]))

    # A crash during recovery: a change is journaled but not renamed (killed at its rename); the
    # next writer, which rolls it forward, is itself killed at each of its steps.
    rsteps = 0
    problems = []
    for sc in ["rename", "fsync", "write", "unlink", "flock"]:
        for n in range(1, 20):
            pending = f"pending {sc} {n}"
            run(["strace", "-f", "-qq", "-o", "/dev/null", "-e", "inject=rename:signal=SIGKILL:when=1",
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
    result(rsteps >= 5 and not problems, f"crashes: a recovering writer killed at each of {rsteps} steps (rename/fsync/write/unlink/flock): old or new, the journaled change is still rolled forward, check clean",
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
    elif cmd == "replay":
        p = replay_problems(args[0])
        result(not p, f"replay {args[0]}", "; ".join(p[:4]))
    else:
        sys.exit(f"unknown subcommand {cmd}")
