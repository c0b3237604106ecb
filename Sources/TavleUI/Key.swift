/// A key press, independent of the terminal library that read it.
public enum Key: Sendable, Hashable {
    case char(Character)
    case ctrl(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    /// The terminal changed size; the backend passes the new size to the view.
    case resize
    /// A mouse button or the wheel (xterm's SGR reports, decoded by the terminal backend).
    case mouse(MouseEvent)
}

/// What the mouse did, and on which cell (0-based, from the top left).
public struct MouseEvent: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case press, release, wheelUp, wheelDown }
    public var kind: Kind
    /// 0 the left button, 1 the middle, 2 the right (for presses and releases).
    public var button: Int
    public var x: Int
    public var y: Int
    /// 2 for the second press of a double-click (the backend counts, it knows the time).
    public var clicks: Int

    public init(_ kind: Kind, button: Int = 0, x: Int, y: Int, clicks: Int = 1) {
        self.kind = kind; self.button = button; self.x = x; self.y = y; self.clicks = clicks
    }

    /// The gesture the keymap binds, if any (the middle and right buttons and releases mean nothing).
    public var gesture: PointerGesture? {
        switch kind {
        case .wheelUp: .wheelUp
        case .wheelDown: .wheelDown
        case .press where button == 0: clicks >= 2 ? .doubleClick : .click
        default: nil
        }
    }
}

/// A mouse gesture the keymap can bind.
public enum PointerGesture: Sendable, Hashable, CaseIterable { case click, doubleClick, wheelUp, wheelDown }
