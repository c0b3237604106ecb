/*
 * An LD_PRELOAD shim that makes one kind of system call fail on files whose path contains a
 * given text, to prove that tavle handles I/O errors without losing data:
 *
 *   TAVLE_FAULT=fsync:EIO:/youths/   every fsync of a file under youths/ fails with EIO
 *   TAVLE_FAULT=write:ENOSPC:/tmp/   writes to temp files fail as if the disk were full
 *   TAVLE_FAULT=rename:EIO:.json     renames onto .json files fail
 *   TAVLE_FAULT=open:EACCES:team.json
 *   TAVLE_FAULT=unlink:EIO:/youths/  removing a youth file fails
 *
 * tavle opens, renames and removes files relative to a directory it opened without following
 * links (openat, renameat, unlinkat): those calls are matched on the directory's path joined
 * with the name, as the plain calls are on their path.
 *
 * Standard output and error are never touched, so the program can still explain itself.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int parse(const char *op, int *err, char *needle, size_t n) {
    const char *spec = getenv("TAVLE_FAULT");
    if (!spec) return 0;
    size_t oplen = strlen(op);
    if (strncmp(spec, op, oplen) != 0 || spec[oplen] != ':') return 0;
    const char *e = spec + oplen + 1;
    const char *colon = strchr(e, ':');
    if (!colon) return 0;
    if (!strncmp(e, "EIO", 3)) *err = EIO;
    else if (!strncmp(e, "ENOSPC", 6)) *err = ENOSPC;
    else if (!strncmp(e, "EACCES", 6)) *err = EACCES;
    else if (!strncmp(e, "EROFS", 5)) *err = EROFS;
    else *err = EIO;
    snprintf(needle, n, "%s", colon + 1);
    return 1;
}

static int fd_matches(int fd, const char *needle) {
    if (fd <= 2) return 0;
    char link[64], path[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t len = readlink(link, path, sizeof path - 1);
    if (len < 0) return 0;
    path[len] = 0;
    return strstr(path, needle) != NULL;
}

#define FAIL_ON_FD(op, fd)                                        \
    do {                                                          \
        int err; char needle[PATH_MAX];                           \
        if (parse(op, &err, needle, sizeof needle) && fd_matches(fd, needle)) { errno = err; return -1; } \
    } while (0)

ssize_t write(int fd, const void *buf, size_t count) {
    static ssize_t (*real)(int, const void *, size_t);
    if (!real) real = dlsym(RTLD_NEXT, "write");
    FAIL_ON_FD("write", fd);
    return real(fd, buf, count);
}

int fsync(int fd) {
    static int (*real)(int);
    if (!real) real = dlsym(RTLD_NEXT, "fsync");
    FAIL_ON_FD("fsync", fd);
    return real(fd);
}

int rename(const char *from, const char *to) {
    static int (*real)(const char *, const char *);
    if (!real) real = dlsym(RTLD_NEXT, "rename");
    int err; char needle[PATH_MAX];
    if (parse("rename", &err, needle, sizeof needle) && strstr(to, needle)) { errno = err; return -1; }
    return real(from, to);
}

int open(const char *path, int flags, ...) {
    static int (*real)(const char *, int, ...);
    if (!real) real = dlsym(RTLD_NEXT, "open");
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) { va_list ap; va_start(ap, flags); mode = va_arg(ap, int); va_end(ap); }
    int err; char needle[PATH_MAX];
    if (parse("open", &err, needle, sizeof needle) && strstr(path, needle)) { errno = err; return -1; }
    return real(path, flags, mode);
}

int open64(const char *path, int flags, ...) {
    static int (*real)(const char *, int, ...);
    if (!real) real = dlsym(RTLD_NEXT, "open64");
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) { va_list ap; va_start(ap, flags); mode = va_arg(ap, int); va_end(ap); }
    int err; char needle[PATH_MAX];
    if (parse("open", &err, needle, sizeof needle) && strstr(path, needle)) { errno = err; return -1; }
    return real(path, flags, mode);
}

/* The path `name` names relative to `dirfd` (as /proc/self/fd shows the directory). */
static void at_path(int dirfd, const char *name, char *out, size_t n) {
    if (name[0] == '/' || dirfd == AT_FDCWD) { snprintf(out, n, "%s", name); return; }
    char link[64], dir[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", dirfd);
    ssize_t len = readlink(link, dir, sizeof dir - 1);
    if (len < 0) { snprintf(out, n, "%s", name); return; }
    dir[len] = 0;
    snprintf(out, n, "%s/%s", dir, name);
}

static int at_fails(const char *op, int dirfd, const char *name) {
    int err; char needle[PATH_MAX], full[PATH_MAX * 2];
    if (!parse(op, &err, needle, sizeof needle)) return 0;
    at_path(dirfd, name, full, sizeof full);
    if (!strstr(full, needle)) return 0;
    errno = err;
    return 1;
}

int openat(int dirfd, const char *path, int flags, ...) {
    static int (*real)(int, const char *, int, ...);
    if (!real) real = dlsym(RTLD_NEXT, "openat");
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) { va_list ap; va_start(ap, flags); mode = va_arg(ap, int); va_end(ap); }
    /* Walking through directories (O_PATH) is not a file being opened. */
    if (!(flags & O_PATH) && at_fails("open", dirfd, path)) return -1;
    return real(dirfd, path, flags, mode);
}

int openat64(int dirfd, const char *path, int flags, ...) {
    static int (*real)(int, const char *, int, ...);
    if (!real) real = dlsym(RTLD_NEXT, "openat64");
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) { va_list ap; va_start(ap, flags); mode = va_arg(ap, int); va_end(ap); }
    if (!(flags & O_PATH) && at_fails("open", dirfd, path)) return -1;
    return real(dirfd, path, flags, mode);
}

int renameat(int olddirfd, const char *from, int newdirfd, const char *to) {
    static int (*real)(int, const char *, int, const char *);
    if (!real) real = dlsym(RTLD_NEXT, "renameat");
    if (at_fails("rename", newdirfd, to)) return -1;
    return real(olddirfd, from, newdirfd, to);
}

int unlinkat(int dirfd, const char *path, int flags) {
    static int (*real)(int, const char *, int);
    if (!real) real = dlsym(RTLD_NEXT, "unlinkat");
    if (at_fails("unlink", dirfd, path)) return -1;
    return real(dirfd, path, flags);
}

int unlink(const char *path) {
    static int (*real)(const char *);
    if (!real) real = dlsym(RTLD_NEXT, "unlink");
    int err; char needle[PATH_MAX];
    if (parse("unlink", &err, needle, sizeof needle) && strstr(path, needle)) { errno = err; return -1; }
    return real(path);
}
