namespace Kennisbank.Diagnostics;

/// <summary>
/// Every diagnostic code in one place, so the README's table and the code cannot drift apart.
/// Numbers are grouped by stage: 0xx files, 1xx front matter, 2xx site-wide rules, 3xx Markdown, 4xx templates,
/// 5xx configuration, 6xx output, 7xx published URLs; 9xx are warnings (they fail a build only under --strict).
/// </summary>
public static class ErrorCodes
{
    public const string InvalidUtf8 = "KB001";
    public const string EmptyFile = "KB002";
    public const string UnreadableFile = "KB003";
    public const string LinkLeavesFolder = "KB004";
    public const string NotARegularFile = "KB005";
    public const string LinkLoop = "KB006";
    public const string FileTooLarge = "KB007";
    public const string ForbiddenCharacter = "KB008";
    public const string UnexpectedFailure = "KB009";
    public const string NoFrontMatter = "KB101";
    public const string UnclosedFrontMatter = "KB102";
    public const string MalformedYaml = "KB103";
    public const string UnknownKey = "KB104";
    public const string MissingKey = "KB105";
    public const string WrongType = "KB106";
    public const string InvalidValue = "KB107";
    public const string BadDate = "KB108";
    public const string UnknownTaxonomyValue = "KB109";
    public const string DuplicateKey = "KB110";
    public const string YamlTooDeep = "KB111";
    public const string TooManyItems = "KB112";
    public const string ForbiddenCharacterInValue = "KB113";
    public const string SegmentTooLong = "KB114";
    public const string PageWithoutFrontMatter = "KB120";
    public const string UnknownPageKey = "KB121";
    public const string MissingPageKey = "KB122";
    public const string InvalidPageValue = "KB123";
    public const string BadPageName = "KB124";
    public const string DuplicateSlug = "KB201";
    public const string AliasCollision = "KB202";
    public const string UnknownRelated = "KB203";
    public const string UnsafePath = "KB204";
    public const string BrokenLink = "KB301";
    public const string MissingAttachment = "KB302";
    public const string ImageWithoutAlt = "KB303";
    public const string ExternalImage = "KB304";
    public const string UnsupportedAttachment = "KB305";
    public const string MarkdownTooDeep = "KB306";
    public const string ForbiddenCharacterReference = "KB307";
    public const string HtmlTooDeep = "KB308";
    public const string TemplateError = "KB401";
    public const string MissingTemplate = "KB402";
    public const string BadConfig = "KB501";
    public const string MissingConfig = "KB502";
    public const string BadOption = "KB503";
    public const string PortTaken = "KB504";
    public const string RefusedOutput = "KB601";
    public const string WriteFailed = "KB602";
    public const string PublishedUrlGone = "KB701";
    public const string BadPublishedUrlList = "KB702";
    public const string NoTags = "KB901";
    public const string SummaryRepeatsTitle = "KB902";
    public const string NoHeadings = "KB903";
    public const string PlaceholderSummary = "KB904";
    public const string PlaceholderBaseUrl = "KB905";
}
