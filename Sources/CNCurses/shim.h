/*
 * The part of ncursesw (and POSIX) that Swift cannot import directly, as tiny inline functions.
 *
 * Two kinds of helpers live here:
 *  - stateless wrappers for macros and global C variables (A_BOLD, stdscr, COLORS ...), which
 *    Swift either cannot import or, in Swift 6 mode, rejects as shared mutable state;
 *  - the signal/exit safety net, which must be C: a signal handler may only set a
 *    `volatile sig_atomic_t` and call async-signal-safe functions.
 *
 * CAUTION: `static` state in a header exists once per object file that uses it. Everything
 * under "Signal and exit safety net" must therefore be called from ONE Swift file only
 * (Sources/TavleTerminal/SignalGuard.swift), and never from another module such as the tests.
 */
#ifndef TAVLE_CNCURSES_H
#define TAVLE_CNCURSES_H

/* The wide-character API (get_wch, cchar_t, waddnwstr) is hidden without this. */
#define NCURSES_WIDECHAR 1

#include <ncursesw/curses.h>
#include <langinfo.h>
#include <signal.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>

/* glibc declares wcwidth only under _XOPEN_SOURCE, which SwiftPM will not pass; same prototype. */
extern int wcwidth(wchar_t c);

/* ---- Macros and globals Swift cannot use ------------------------------------------------ */

static inline int tavle_attr_bold(void) { return (int)A_BOLD; }
static inline int tavle_attr_reverse(void) { return (int)A_REVERSE; }
static inline int tavle_attr_dim(void) { return (int)A_DIM; }
static inline int tavle_attr_underline(void) { return (int)A_UNDERLINE; }
static inline int tavle_attr_color(void) { return (int)A_COLOR; }

static inline WINDOW *tavle_stdscr(void) { return stdscr; }
static inline WINDOW *tavle_curscr(void) { return curscr; }
static inline int tavle_lines(void) { return LINES; }
static inline int tavle_cols(void) { return COLS; }
static inline int tavle_color_count(void) { return COLORS; }

static inline FILE *tavle_stdin(void) { return stdin; }
static inline FILE *tavle_stdout(void) { return stdout; }

/* The measure ncurses itself uses for a character's columns (-1: not printable here). */
static inline int tavle_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }

/* Whether the current LC_CTYPE encodes text as UTF-8 ("UTF-8"; some systems say "utf8"). */
static inline int tavle_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

/* tigetstr returns NULL when absent and (char *)-1 when the name is not a string capability. */
static inline int tavle_has_string_capability(const char *name) {
    const char *value = tigetstr(name);
    return value != NULL && value != (const char *)-1;
}

/* ---- Signal and exit safety net (call from SignalGuard.swift only) ---------------------- */

#define TAVLE_HANDLED_SIGNAL_COUNT 4

/* The first handled signal that arrived, or 0. Read by the main loop after each readKey. */
static volatile sig_atomic_t tavle_received_signal = 0;
/* 1 while curses owns the terminal: the atexit hook and the emergency path check it. */
static volatile sig_atomic_t tavle_curses_active = 0;

static int tavle_handlers_installed = 0;
static int tavle_atexit_registered = 0;

/* What the emergency path writes/sets without curses: captured while it is safe to do so. */
static int tavle_have_shell_modes = 0;
static size_t tavle_restore_length = 0;
#define TAVLE_RESTORE_CAPACITY 512

/* Aggregates live in functions: Swift's importer does not emit a file-scope static that has
 * no initializer (a C "tentative definition"), which then fails to link. */
static inline struct sigaction *tavle_previous_actions(void) {
    static struct sigaction saved[TAVLE_HANDLED_SIGNAL_COUNT];
    return saved;
}
static inline struct termios *tavle_shell_modes(void) {
    static struct termios saved;
    return &saved;
}
static inline char *tavle_restore_bytes(void) {
    static char bytes[TAVLE_RESTORE_CAPACITY];
    return bytes;
}

static inline int tavle_handled_signal(int index) {
    static const int signals[TAVLE_HANDLED_SIGNAL_COUNT] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
    return signals[index];
}

/* Only async-signal-safe calls: write(2) and tcsetattr(3). No curses here. */
static inline void tavle_write_extra_restore_bytes(void);

static inline void tavle_emergency_restore(void) {
    if (!tavle_curses_active) return;
    tavle_write_extra_restore_bytes();
    if (tavle_restore_length > 0) {
        ssize_t ignored = write(STDOUT_FILENO, tavle_restore_bytes(), tavle_restore_length);
        (void)ignored;
    }
    if (tavle_have_shell_modes) tcsetattr(STDIN_FILENO, TCSANOW, tavle_shell_modes());
}

static inline void tavle_on_signal(int sig) {
    if (tavle_received_signal == 0) {
        tavle_received_signal = sig;
        return;
    }
    /* A hang-up is often delivered twice (kernel, then the shell forwarding it): not an insistence. */
    if (sig == SIGHUP) return;
    /* A second Ctrl-C / kill: the main loop did not get back in time. Restore what can be
     * restored from here and die of the signal, so the parent sees why. */
    tavle_emergency_restore();
    signal(sig, SIG_DFL);
    raise(sig); /* blocked while this handler runs; delivered as soon as it returns */
}

/* No SA_RESTART: a read(2) blocked inside get_wch must fail with EINTR so readKey returns. */
static inline int tavle_install_signal_handlers(void) {
    if (tavle_handlers_installed) return 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = tavle_on_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    for (int i = 0; i < TAVLE_HANDLED_SIGNAL_COUNT; i++) {
        if (sigaction(tavle_handled_signal(i), &action, &tavle_previous_actions()[i]) != 0) {
            for (int j = 0; j < i; j++) sigaction(tavle_handled_signal(j), &tavle_previous_actions()[j], NULL);
            return -1;
        }
    }
    /* A parent may have left these blocked (supervisors, test runners): the board must see a
       hang-up, a stop request and a resize. */
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGWINCH);
    for (int i = 0; i < TAVLE_HANDLED_SIGNAL_COUNT; i++) sigaddset(&wanted, tavle_handled_signal(i));
    pthread_sigmask(SIG_UNBLOCK, &wanted, NULL);
    tavle_handlers_installed = 1;
    return 0;
}

static inline void tavle_restore_signal_handlers(void) {
    if (!tavle_handlers_installed) return;
    for (int i = 0; i < TAVLE_HANDLED_SIGNAL_COUNT; i++) {
        sigaction(tavle_handled_signal(i), &tavle_previous_actions()[i], NULL);
    }
    tavle_handlers_installed = 0;
}

static inline int tavle_pending_signal(void) { return tavle_received_signal; }

/* For a hang-up noticed without a signal (SIGHUP ignored or not delivered to us). */
static inline void tavle_note_signal(int sig) {
    if (tavle_received_signal == 0) tavle_received_signal = sig;
}

/* Before curses changes anything: the modes the emergency path puts back. */
static inline void tavle_save_shell_modes(void) {
    tavle_have_shell_modes = tcgetattr(STDIN_FILENO, tavle_shell_modes()) == 0;
}

/* After newterm: the terminal's own "undo" strings, minus $<..> padding, which would print. */
static inline void tavle_capture_restore_bytes(void) {
    /* Without an alternate screen (rmcup: linux, vt100) the board is cleared away instead. */
    const char *rmcup = tigetstr("rmcup");
    int has_alternate = rmcup != NULL && rmcup != (const char *)-1;
    const char *const names[] = { "sgr0", "cnorm", "rmkx", has_alternate ? "rmcup" : "clear" };
    char *bytes = tavle_restore_bytes();
    size_t length = 0;
    for (size_t n = 0; n < sizeof names / sizeof names[0]; n++) {
        const char *value = tigetstr(names[n]);
        if (value == NULL || value == (const char *)-1) continue;
        for (const char *p = value; *p != '\0'; p++) {
            if (p[0] == '$' && p[1] == '<') {
                const char *end = strchr(p, '>');
                if (end != NULL) { p = end; continue; }
            }
            if (length + 1 >= TAVLE_RESTORE_CAPACITY) break;
            bytes[length++] = *p;
        }
    }
    tavle_restore_length = length;
}

/* Bytes to write before giving the terminal back (mouse tracking off): on the emergency path
 * and at exit, where close() did not run. */
static size_t tavle_extra_length = 0;
#define TAVLE_EXTRA_CAPACITY 64
static inline char *tavle_extra_bytes(void) {
    static char bytes[TAVLE_EXTRA_CAPACITY];
    return bytes;
}
static inline void tavle_set_extra_restore_bytes(const char *extra) {
    size_t length = strlen(extra);
    if (length >= TAVLE_EXTRA_CAPACITY) return;
    memcpy(tavle_extra_bytes(), extra, length);
    tavle_extra_length = length;
}
static inline void tavle_write_extra_restore_bytes(void) {
    if (tavle_extra_length == 0) return;
    ssize_t ignored = write(STDOUT_FILENO, tavle_extra_bytes(), tavle_extra_length);
    (void)ignored;
}

static inline void tavle_atexit_restore(void) {
    if (tavle_curses_active && !isendwin()) {
        tavle_write_extra_restore_bytes();
        endwin();
    }
    tavle_curses_active = 0;
}

/* exit() and a normal return from main run this; a crash or _exit does not. */
static inline void tavle_register_atexit(void) {
    if (tavle_atexit_registered) return;
    if (atexit(tavle_atexit_restore) == 0) tavle_atexit_registered = 1;
}

static inline void tavle_set_curses_active(int active) { tavle_curses_active = active ? 1 : 0; }
static inline int tavle_is_curses_active(void) { return tavle_curses_active; }

#endif
