// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "tavle",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tavle", targets: ["tavle"]),
        .executable(name: "tavle-bench", targets: ["tavle-bench"]),
        .library(name: "TavleCore", targets: ["TavleCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // SHA-256 for the hash chain of the journal and the access log (Store/Chain.swift).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // The bundled demo team, compiled into the binary so `tavle demo` works anywhere.
        .target(
            name: "TavleDemo",
            path: "Data/demo",
            exclude: ["README.md"],
            sources: ["DemoData.swift"],
            resources: [.embedInCode("demo.json")]
        ),
        // The words of every language (Strings/*.strings), built into the binary: an installed
        // tavle needs no resource folder beside it.
        .target(
            name: "TavleCore",
            dependencies: ["TavleDemo", .product(name: "Crypto", package: "swift-crypto")],
            resources: [.embedInCode("Strings/nb.strings"), .embedInCode("Strings/en.strings")]
        ),
        // The guides `tavle help guide NAME` prints (docs/*.md in English, docs/nb/*.md in
        // bokmål), built into the binary so an installed server needs no docs folder.
        .target(
            name: "TavleGuides",
            path: "docs",
            exclude: ["architecture.md", "cli.md", "install.md", "keymap.md", "performance.md", "reliability.md",
                      "translating.md"],
            sources: ["GuideTexts.swift"],
            resources: [
                .embedInCode("user-guide.md"), .embedInCode("meeting.md"), .embedInCode("review-rules.md"),
                .embedInCode("privacy.md"), .embedInCode("data-format.md"),
                .embedInCode("nb/brukerveiledning.md"), .embedInCode("nb/motet.md"), .embedInCode("nb/regler.md"),
                .embedInCode("nb/personvern.md"), .embedInCode("nb/dataformat.md"),
            ]
        ),
        .target(name: "TavleUI", dependencies: ["TavleCore"]),
        .systemLibrary(name: "CNCurses", path: "Sources/CNCurses"),
        .target(name: "TavleTerminal", dependencies: ["TavleUI", "CNCurses"]),
        .executableTarget(
            name: "tavle",
            dependencies: [
                "TavleCore", "TavleUI", "TavleTerminal", "TavleGuides",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // Prints the performance figures of docs/performance.md (swift run -c release tavle-bench).
        .executableTarget(name: "tavle-bench", dependencies: ["TavleCore", "TavleUI"]),
        .testTarget(name: "TavleCoreTests", dependencies: ["TavleCore"], exclude: ["Fixtures"]),
        .testTarget(name: "TavleUITests", dependencies: ["TavleUI", "TavleCore"], exclude: ["Snapshots"]),
        .testTarget(name: "TavleCLITests", dependencies: ["TavleCore"], exclude: ["Expected"]),
        .testTarget(name: "TavleTerminalTests", dependencies: ["TavleTerminal", "TavleUI"]),
    ],
    swiftLanguageModes: [.v6]
)
