import Testing
import TavleCore

/// The one search folding the board's `/` and the command line's youth lookup share.
@Suite struct FoldingTests {
    @Test func norwegianLettersAreFoundHoweverTheyAreTyped() {
        // The cases: a keyboard without æ, ø and å.
        #expect(Folding.contains("Eirik Sæbø", "saebo"))
        #expect(Folding.contains("Maja Økland", "oekland"))
        // The bare vowel and the letter itself work as well.
        #expect(Folding.contains("Maja Økland", "okland"))
        #expect(Folding.contains("Maja Økland", "økland"))
        #expect(Folding.contains("Eirik Sæbø", "SÆBØ"))
        #expect(Folding.contains("Bjørn Bråten", "braaten"))
        #expect(Folding.contains("Bjørn Bråten", "braten"))
        #expect(Folding.contains("Åse Ødegård", "aase oedegaard"))
        #expect(Folding.contains("Siri Løvås", "loevaas"))
        // A typed digraph also finds a name that really has it (both sides fold the same way).
        #expect(Folding.contains("Joel Aas", "joel"))
        #expect(Folding.contains("Joel Aas", "aas"))
    }

    @Test func foldingIsLowerCaseWithoutAccents() {
        #expect(Folding.fold("Sæbø") == "saebo")
        #expect(Folding.fold("ØKLAND") == "okland")
        #expect(Folding.fold("Bråten") == "braten")
        #expect(Folding.fold("René Müller") == "rene muller")
        #expect(Folding.fold("Ä Ö") == "ae o")
        // A combining accent (e + ◌́) folds like the precomposed letter.
        #expect(Folding.fold("Rene\u{301}") == Folding.fold("René"))
        // Numbered initials as the board shows them.
        #expect(Folding.fold("KH²") == "kh2")
        #expect(Folding.fold("") == "")
    }

    @Test func whatDoesNotMatchStaysApart() {
        #expect(!Folding.contains("Eirik Sæbø", "sebo"))
        #expect(!Folding.contains("Maja Økland", "ekland"))
        #expect(!Folding.contains("Kari Hansen", "karl"))
        #expect(Folding.hasPrefix("Maja Økland", "maja o"))
        #expect(!Folding.hasPrefix("Maja Økland", "okland"))
        #expect(Folding.contains("Maja Økland", ""), "an empty query matches everything")
    }
}
