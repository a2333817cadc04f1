namespace Kennisbank.Tests.Support;

/// <summary>
/// The smallest valid kennisbank.yml (one theme, one type), for tests that need line numbers independent of the
/// repository's configuration. Tests append their own keys after a line break.
/// </summary>
public static class MinimalConfig
{
    public const string Text = """
        title: Testkennisbank
        base_url: https://kennisbank.example.nl/
        themes:
          passend-onderwijs:
            label: Passend onderwijs
            description: Over passend onderwijs.
        types:
          praktijkvoorbeeld:
            label: Praktijkvoorbeeld
        """;
}
