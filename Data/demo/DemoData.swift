/// The bundled demo team's data (Data/demo/demo.json), compiled into the binary.
public enum DemoData {
    /// The raw JSON bytes of the demo team.
    public static var json: [UInt8] { PackageResources.demo_json }
}
