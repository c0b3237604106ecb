import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension FileHandle {
    /// Everything until end of file, read with `read(2)` and retried on EINTR. Foundation's
    /// `readDataToEndOfFile` turns an interrupted read (a signal while other tests run processes
    /// or the board) into a crash of the whole test run.
    func readAllRetryingInterrupts() -> Data {
        var out = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fileDescriptor, $0.baseAddress, $0.count) }
            if n > 0 { out.append(contentsOf: buffer[0..<n]); continue }
            if n < 0 && errno == EINTR { continue }
            return out
        }
    }
}
