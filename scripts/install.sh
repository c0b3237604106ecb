#!/usr/bin/env bash
# Installs tavle on a server, upgrades it in place, or removes it again (docs/install.md).
#
#   scripts/install.sh [--prefix P] [--binary PATH] [--config PATH] [--data DIR]
#                      [--group G --leader USER [--team NAME]] [--screen-group S]
#   scripts/install.sh --uninstall [--prefix P]
#
# Run as root. Without --binary it builds the static release binary first
# (`swift build -c release --static-swift-stdlib`: the server needs no Swift). It installs
#   P/bin/tavle                                     0755 root:root
#   P/share/man/man1/tavle.1, P/share/man/nb/man1/tavle.1   the man pages in English and bokmål,
#                                                   made by the installed binary (`tavle dev man`),
#                                                   so the static binary is never rebuilt
#   P/share/bash-completion/completions/tavle, P/share/zsh/site-functions/_tavle,
#   P/share/fish/vendor_completions.d/tavle.fish    completions (bash needs the bash-completion package)
#   the config (--config, default /etc/tavle/config.json) 0644 root:root, when --data is given
# and records each file in P/share/tavle/installed-files. With --data DIR, --group G and --leader
# USER, and DIR not there yet, it also creates the team's directory (`tavle init`); an existing
# directory is never touched. With --screen-group S, the team's meeting-room screen feed is set
# up (`tavle init --screen-group`; docs/install.md, "The meeting-room screen").
# --uninstall removes exactly the files in that list (the data directory and its feed never).
# Run it again with a new build to upgrade: the binary is replaced in one step (running boards
# keep the old one until they exit). Default prefix /usr/local. Exit 0 on success, 1 on bad
# arguments, 2 when something could not be installed.
set -euo pipefail

prefix=/usr/local binary="" config="" data="" group="" leader="" team="" screen_group="" uninstall=0
usage() { sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 1; }
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix="${2:?--prefix needs a folder}"; shift 2 ;;
        --binary) binary="${2:?--binary needs a file}"; shift 2 ;;
        --config) config="${2:?--config needs a file}"; shift 2 ;;
        --data) data="${2:?--data needs a folder}"; shift 2 ;;
        --group) group="${2:?--group needs a group}"; shift 2 ;;
        --leader) leader="${2:?--leader needs a Unix user}"; shift 2 ;;
        --team) team="${2:?--team needs a name}"; shift 2 ;;
        --screen-group) screen_group="${2:?--screen-group needs a group}"; shift 2 ;;
        --uninstall) uninstall=1; shift ;;
        -h|--help) usage ;;
        *) echo "install.sh: unknown option $1" >&2; usage ;;
    esac
done
[ "$(id -u)" -eq 0 ] || { echo "install.sh: run as root (sudo scripts/install.sh …)" >&2; exit 1; }
prefix="${prefix%/}"
manifest="$prefix/share/tavle/installed-files"
config="${config:-/etc/tavle/config.json}"

fail() { echo "install.sh: $*" >&2; exit 2; }
bad() { echo "install.sh: $*" >&2; exit 1; }

# Everything the arguments name is checked before anything is installed: a mistyped group or
# leader used to fail after the binary and man pages were in place, with no manifest to remove them.
if [ "$uninstall" -eq 0 ]; then
    [ -z "$group" ] || getent group "$group" >/dev/null || bad "there is no group $group: create it first (groupadd $group); nothing was installed"
    [ -z "$screen_group" ] || getent group "$screen_group" >/dev/null || bad "there is no group $screen_group: create it first (groupadd $screen_group); nothing was installed"
    if [ -n "$leader" ]; then
        id -u "$leader" >/dev/null 2>&1 || bad "there is no Unix user $leader: create the account first; nothing was installed"
        if [ -n "$group" ] && ! id -nG "$leader" | tr ' ' '\n' | grep -qx -- "$group"; then
            bad "$leader is not in the group $group: add them first (gpasswd -a $leader $group); nothing was installed"
        fi
    fi
    case "$data" in
        *'"'*|*'\'*|*$'\n'*) bad "--data $data: a folder name with a quote, a backslash or a line break cannot go in the config; choose another" ;;
    esac
    if [ -n "$data" ] && [ -z "$group" ] && [ ! -d "$data" ]; then
        echo "install.sh: warning: $data does not exist yet; the config will name it, so create it (tavle init --data $data --group G --leader USER) before anyone uses tavle" >&2
    fi
fi

if [ "$uninstall" -eq 1 ]; then
    [ -f "$manifest" ] || fail "nothing to uninstall: $manifest is missing (was tavle installed with --prefix $prefix?)"
    while IFS= read -r f; do
        [ -n "$f" ] || continue
        if [ -e "$f" ] || [ -L "$f" ]; then rm -f -- "$f" && echo "removed $f"; fi
    done < "$manifest"
    rm -f -- "$manifest"
    rmdir --ignore-fail-on-non-empty "$prefix/share/tavle" 2>/dev/null || true
    echo "tavle is uninstalled; the data directory is untouched (delete it yourself when the retention period allows)."
    exit 0
fi

if [ -z "$binary" ]; then
    cd "$(dirname "$0")/.."
    echo "building the static release binary …"
    swift build -c release --static-swift-stdlib --product tavle >&2 || fail "the build failed"
    binary="$PWD/.build/release/tavle"
fi
[ -x "$binary" ] || fail "$binary is not an executable"

installed=()
# Copies $1 to $2 with mode $3 in one step: a temp file beside it, renamed into place.
place() {
    local src="$1" dst="$2" mode="$3" dir
    dir="$(dirname "$dst")"
    mkdir -p -m 755 "$dir"
    local tmp
    tmp="$(mktemp "$dir/.tavle-install.XXXXXX")"
    cat "$src" > "$tmp"
    chown root:root "$tmp"
    chmod "$mode" "$tmp"
    mv -f "$tmp" "$dst"
    installed+=("$dst")
    echo "installed $dst"
}
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

place "$binary" "$prefix/bin/tavle" 755
tavle="$prefix/bin/tavle"
"$tavle" --version >/dev/null || fail "$tavle does not run on this machine (ldd $tavle lists what it needs)"

# Man pages and completions, made by the binary just installed (no rebuild).
"$tavle" dev man --lang en > "$work/tavle.en.1" || fail "could not make the English man page"
"$tavle" dev man --lang nb > "$work/tavle.nb.1" || fail "could not make the bokmål man page"
place "$work/tavle.en.1" "$prefix/share/man/man1/tavle.1" 644
place "$work/tavle.nb.1" "$prefix/share/man/nb/man1/tavle.1" 644
for shell in bash zsh fish; do
    "$tavle" --generate-completion-script "$shell" > "$work/completion.$shell" || fail "could not make the $shell completion"
done
place "$work/completion.bash" "$prefix/share/bash-completion/completions/tavle" 644
place "$work/completion.zsh" "$prefix/share/zsh/site-functions/_tavle" 644
place "$work/completion.fish" "$prefix/share/fish/vendor_completions.d/tavle.fish" 644

# The team's directory, when asked for and not there yet; never an existing one.
if [ -n "$data" ] && [ -n "$group" ] && [ ! -e "$data" ]; then
    [ -n "$leader" ] || fail "--group needs --leader USER (the team's leader) to create $data"
    getent group "$group" >/dev/null || fail "there is no group $group: create it first (groupadd $group)"
    mkdir -p -m 755 "$(dirname "$data")"
    args=(init --data "$data" --group "$group" --leader "$leader")
    [ -n "$team" ] && args+=(--team "$team")
    [ -n "$screen_group" ] && args+=(--screen-group "$screen_group")
    TAVLE_CONFIG=/nonexistent "$tavle" "${args[@]}" || fail "tavle init failed"
fi

# The config every user reads; written in one step, kept when it already says the same.
if [ -n "$data" ]; then
    case "$data" in /*) ;; *) data="$PWD/$data" ;; esac
    printf '{"data": "%s"}\n' "$data" > "$work/config.json"
    if ! cmp -s "$work/config.json" "$config" 2>/dev/null; then
        [ -e "$config" ] && cp -p "$config" "$config.before-install" && echo "kept the old config as $config.before-install"
    fi
    place "$work/config.json" "$config" 644
fi

# Keep the list of what was installed (merged with an earlier install's, for --uninstall).
mkdir -p -m 755 "$(dirname "$manifest")"
{ [ -f "$manifest" ] && cat "$manifest"; printf '%s\n' "${installed[@]}"; } | sort -u > "$work/manifest"
place "$work/manifest" "$manifest" 644 >/dev/null
TAVLE_CONFIG="$config" "$tavle" --version
echo "done. Next: tavle check (as a team member or root); see docs/install.md."
