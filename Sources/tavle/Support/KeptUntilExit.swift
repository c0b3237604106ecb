/// What a listing loaded, kept alive until the process ends instead of freed when the command
/// returns. Freeing 10,000 youths and their board, one reference at a time, just before `exit`
/// (which gives all memory back at once) was a tenth of `tavle due` at that size (issue 29).
/// Only for values that live until the command ends anyway: the peak memory is the same.
enum KeptUntilExit {
    nonisolated(unsafe) private static var values: [Any] = []

    static func keep(_ kept: Any...) { values.append(contentsOf: kept) }
}
