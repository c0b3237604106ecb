import Foundation
import Testing
import TavleCore
@testable import TavleUI
#if canImport(Glibc)
import Glibc
#endif

/// Issue 28, finding 2: `drafts/` replaced by a symlink (any team member can make one) is never
/// followed: no chmod of its target, no draft written into it, none read or removed through it.
@Suite struct DraftStoreSafetyTests {
    @Test func aSymlinkedDraftsDirectoryIsNeverFollowed() throws {
        let dir = try DemoDirectory()
        let session = try dir.session()
        let outside = dir.path + "/colleague-home"
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        chmod(outside, 0o755)
        let drafts = DraftStore(root: session.store.root, user: session.unixUser, access: session.team.access)
        let planted = Draft(youthID: "sofie", kind: .note, texts: ["text": "planted"], choices: [:])
        let plantedBytes = try JSONEncoder().encode(planted)
        try plantedBytes.write(to: URL(fileURLWithPath: outside + "/" + (drafts.path as NSString).lastPathComponent))
        #expect(symlink(outside, drafts.directory) == 0)

        let draft = Draft(youthID: "noah", kind: .note, texts: ["text": "a note being typed"], choices: [:])
        #expect(throws: TavleError.self) { try drafts.save(draft) }
        var st = stat()
        #expect(stat(outside, &st) == 0 && st.st_mode & 0o7777 == 0o755, "the link's target keeps its mode")
        let names = try FileManager.default.contentsOfDirectory(atPath: outside)
        #expect(names == [(drafts.path as NSString).lastPathComponent], "nothing written into the target: \(names)")
        #expect(drafts.load() == nil, "a draft is not read through the link")
        drafts.discard()
        #expect(FileManager.default.fileExists(atPath: outside + "/" + (drafts.path as NSString).lastPathComponent),
                "nothing removed through the link")
    }

    /// Issue 25: an unsent note is its writer's alone: 0600 even in a team-group directory.
    @Test func draftsArePrivateEvenInTeamMode() throws {
        let dir = try DemoDirectory()
        let session = try dir.session()
        for access in [AccessMode.group, .private] {
            let drafts = DraftStore(root: session.store.root, user: session.unixUser, access: access)
            try drafts.save(Draft(youthID: "sofie", kind: .note, texts: ["text": "utkast"], choices: [:]))
            var st = stat()
            #expect(stat(drafts.path, &st) == 0)
            #expect(st.st_mode & 0o777 == 0o600, "\(access)")
            drafts.discard()
        }
    }

    @Test func aDraftIsMarkedWithTheYouthItIsAbout() throws {
        let dir = try DemoDirectory()
        let session = try dir.session()
        let drafts = DraftStore(root: session.store.root, user: session.unixUser, access: session.team.access)
        func markers() -> Set<String> {
            Set(((try? FileManager.default.contentsOfDirectory(atPath: drafts.directory)) ?? []).filter { $0.hasSuffix(".about") })
        }
        let me = DraftFiles.safe(session.unixUser)
        try drafts.save(Draft(youthID: "sofie", kind: .note, texts: ["text": "utkast"], choices: [:]))
        #expect(markers() == ["\(me)@sofie.about"])
        try drafts.save(Draft(youthID: "ida", kind: .note, texts: ["text": "et annet"], choices: [:]))
        #expect(markers() == ["\(me)@ida.about"], "one draft, one marker")
        var st = stat()
        #expect(stat(drafts.directory + "/\(me)@ida.about", &st) == 0 && st.st_mode & 0o777 == 0o600)
        drafts.discard()
        #expect(markers().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: drafts.path))
    }
}
