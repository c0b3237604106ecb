import Glibc
import TavleCore

/// Opens the terminal board for `session` (the shared-screen variant when `shared`) and returns
/// the exit code of its run loop, or nil when the output is not a terminal (a pipe or a file):
/// then the caller prints the board as text, as `tavle list` does. A terminal that cannot show
/// a full-screen program (TERM unset or dumb) is reported by the run loop, pointing to
/// `tavle list`, with exit code 4.
///
/// The one place the command line decides to launch the terminal UI: `tavle`, `tavle board`,
/// `tavle --shared` and `tavle demo` all come through here.
func openBoard(session: Session, shared: Bool, mouse: Bool = true) throws -> Int32? {
    guard isatty(STDOUT_FILENO) == 1 else { return nil }
    return BoardRunner.run(session: session, shared: shared, mouse: mouse)
}
