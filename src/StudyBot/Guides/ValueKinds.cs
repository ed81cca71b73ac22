using System.Text.RegularExpressions;

namespace StudyBot.Guides;

/// <summary>The kind of a setting's value read from its shape. The guides write a lab's setup as "Key: value" lines
/// ("서브넷 정보: ap-northeast-2a", "Storage: 20G, gp3", "인스턴스 유형: t2.medium"), and a learner recalls the value by
/// what it is rather than by the key written beside it ("가용영역 어디였지", "which region", "how big was the disk", "EC2
/// size"): a zone's code is an availability zone and names its region, digits with a byte unit are a size, an instance
/// type's "family.size" is the machine's type and size, an EBS volume type is a disk's type. Each shape gives the words a
/// question names its kind with (<see cref="Of"/>), which the engine credits the line with as synonyms.</summary>
public static partial class ValueKinds
{
    /// <summary>The kinds of the values <paramref name="text"/> writes, empty when it writes none.</summary>
    public static IReadOnlyList<ValueKind> Of(string text)
    {
        List<ValueKind>? kinds = null;
        foreach (var (shape, kind) in Shapes)
        {
            if (shape.IsMatch(text))
            {
                (kinds ??= []).Add(kind);
            }
        }

        return kinds ?? (IReadOnlyList<ValueKind>)[];
    }

    // A zone's code names its region too (ap-northeast-2a is in ap-northeast-2).
    private static readonly ValueKind AvailabilityZone = new(["availability zone", "zone", "region"], []);
    private static readonly ValueKind CloudRegion = new(["region"], []);
    private static readonly ValueKind Size = new(["size"], []);
    // "t2.medium" is the instance's type and its size ("which EC2 size"): said of the instance, not of anything typed.
    private static readonly ValueKind MachineType = new(["instance", "flavor"], ["type", "size"]);
    private static readonly ValueKind DiskType = new(["volume", "disk"], ["type"]);
    private static readonly ValueKind AddressBlock = new(["cidr", "ip"], []);
    private static readonly ValueKind NetworkPort = new(["port"], []);
    // "/metrics" is the path a server answers on: "which http path does it scrape", "어느 경로로 노출해". Not "endpoint":
    // an API's endpoints are its operations ("document the REST endpoints"), not a route's "value: /api/v1".
    private static readonly ValueKind PathValue = new(["path"], []);

    /// <summary>Each shape of a value with the kind it writes, in the order <see cref="Of"/> gives them (after the kinds:
    /// static fields are set in the order they are written). A region's code is never part of a zone's (a zone's letter
    /// ends it), so a line writes a region only where it writes one on its own.</summary>
    private static readonly (Regex Shape, ValueKind Kind)[] Shapes =
    [
        (Zone(), AvailabilityZone), (Region(), CloudRegion), (ByteSize(), Size), (InstanceType(), MachineType),
        (VolumeType(), DiskType), (Cidr(), AddressBlock), (Port(), NetworkPort),
        (UrlPath(), PathValue),
    ];

    /// <summary>A cloud availability zone: a region code and the zone's letter (AWS ap-northeast-2a, GCP
    /// asia-northeast3-a, kr-central-2-a).</summary>
    [GeneratedRegex(@"(?<![\w.-])[a-z]{2,}(?:-[a-z]+)+-?\d+-?[a-z](?![\w.-])")]
    private static partial Regex Zone();

    /// <summary>A cloud region code: a geography, a direction and a number (us-east-1, ap-northeast-2, kr-central-2,
    /// asia-northeast3).</summary>
    [GeneratedRegex(@"(?<![\w.-])[a-z]{2,}(?:-[a-z]+)+-?\d+(?![\w.-])")]
    private static partial Regex Region();

    /// <summary>A size in bytes: digits with a byte unit (20G, 4G, 2GB, 100Gi, 512 MB, 1TB).</summary>
    [GeneratedRegex(@"(?<![\w.])\d+(?:\.\d+)?\s?(?:[KMGT]i?B?|[KMGT]i)(?![\w.])")]
    private static partial Regex ByteSize();

    /// <summary>A cloud instance type: a family with its generation, a dot, a size (t2.medium, m5.xlarge, c6g.2xlarge).</summary>
    [GeneratedRegex(@"(?<![\w.])[a-z]{1,3}\d[a-z]*\.(?:nano|micro|small|medium|\d*x?large|metal)(?![\w.])", RegexOptions.IgnoreCase)]
    private static partial Regex InstanceType();

    /// <summary>An EBS volume type (gp2, gp3, io1, io2, st1, sc1).</summary>
    [GeneratedRegex(@"(?<![\w.-])(?:gp[23]|io[12]|st1|sc1)(?![\w.-])", RegexOptions.IgnoreCase)]
    private static partial Regex VolumeType();

    /// <summary>An IPv4 address block (10.0.0.0/16, 0.0.0.0/0).</summary>
    [GeneratedRegex(@"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}/\d{1,2}(?![\w.])")]
    private static partial Regex Cidr();

    /// <summary>A port with its protocol (22/tcp, 53/udp) or a port range (30000-32767/TCP).</summary>
    [GeneratedRegex(@"(?<![\w.])\d{1,5}(?:-\d{1,5})?/(?:tcp|udp)(?!\w)", RegexOptions.IgnoreCase)]
    private static partial Regex Port();

    /// <summary>A path written on its own, from its root (/metrics, /api/v1, /var/log/containers/): not the path of a URL
    /// written whole, a closing tag, a CIDR's or a port's slash, nor a slash between two words (CPU/메모리).</summary>
    [GeneratedRegex(@"(?<![\w./:<~-])/[a-z][\w-]*(?:/[\w.-]+)*/?(?![\w/])", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPath();
}

/// <summary>A kind of setting value: the words naming it (lower case, as the glossary's alternatives are compared), and
/// the words of an aspect of it ("type", "size") that name it only beside one of those — "volume type", "EC2 size" —
/// as "type" alone asks of any kind of thing.</summary>
public sealed record ValueKind(string[] Names, string[] Aspects);
