import Foundation
import Testing

/// Issue 27, point 4: a terminal that goes away without a SIGHUP (the board is not the
/// terminal's controlling process, as under `su`, or the pty is simply closed) ends the board
/// within a second, keeps the note being typed as a draft, and leaves no process spinning (nor
/// crashes on the stderr that went with it).
@Suite struct ClosedTerminalTests {
    /// Runs the board on a pty in a session of its own (no controlling terminal, so closing the
    /// pty sends no SIGHUP: only EOF/EIO), types half a note, closes the pty and reports, as
    /// `key=value` lines: when it exited, or the CPU it used in the second after, if still running.
    static let driver = #"""
    import os, pty, sys, time, select, fcntl, termios, struct
    tavle, data = sys.argv[1], sys.argv[2]
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack('HHHH', 30, 100, 0, 0))
    env = dict(os.environ, TERM='xterm-256color', TAVLE_LANG='en', LANG='C.UTF-8')
    pid = os.fork()
    if pid == 0:
        os.setsid()
        os.close(master)
        for fd in (0, 1, 2): os.dup2(slave, fd)
        os.execve(tavle, [tavle, '--data', data, 'board'], env)
    os.close(slave)
    def wait_for(text, seconds):
        buf = b''; end = time.time() + seconds
        while time.time() < end and text not in buf:
            r, _, _ = select.select([master], [], [], 0.1)
            if r:
                try: buf += os.read(master, 65536)
                except OSError: break
        return text in buf
    print('board=%s' % wait_for(b'ON THE BOARD', 20))
    os.write(master, b'n'); time.sleep(0.5)
    os.write(master, b'Halvskrevet notat'); time.sleep(0.8)
    os.close(master)
    t0 = time.time()
    while time.time() - t0 < 3:
        p, st = os.waitpid(pid, os.WNOHANG)
        if p:
            print('exited=%.2f' % (time.time() - t0))
            print('signal=%d' % (os.WTERMSIG(st) if os.WIFSIGNALED(st) else 0)); sys.exit(0)
        time.sleep(0.02)
    def ticks():
        f = open('/proc/%d/stat' % pid).read().rsplit(')', 1)[1].split()
        return int(f[11]) + int(f[12])
    a = ticks(); time.sleep(1); b = ticks()
    print('alive=1'); print('cpu_ticks=%d' % (b - a))
    os.kill(pid, 9)
    """#

    @Test func aClosedTerminalEndsTheBoardAndKeepsTheDraft() throws {
        let s = Scratch()
        try demoTeam(s)
        let script = try s.write("closed-tty.py", Self.driver)
        let r = try CLI.run(program: "/usr/bin/env", ["python3", script, try #require(CLI.binary), s.data])
        #expect(r.out.contains("board=True"), "the board started: \(r)")
        let exited = r.out.split(separator: "\n").first { $0.hasPrefix("exited=") }.flatMap { Double($0.dropFirst(7)) }
        #expect(exited != nil, "still running 3 s after the terminal closed: \(r)")
        #expect((exited ?? 99) <= 1.0, "ended within a second: \(r)")
        // Ended, not crashed: a stderr that is gone once trapped in Foundation (SIGILL).
        #expect(r.out.contains("signal=0"), "\(r)")
        let drafts = (try? FileManager.default.contentsOfDirectory(atPath: s.data + "/drafts")) ?? []
        let texts = drafts.compactMap { try? String(contentsOfFile: s.data + "/drafts/" + $0, encoding: .utf8) }
        #expect(texts.contains { $0.contains("Halvskrevet notat") }, "the note typed is kept as a draft: \(drafts)")
    }
}
