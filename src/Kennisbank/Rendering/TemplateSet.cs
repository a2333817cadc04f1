using Kennisbank.Content;
using Kennisbank.Diagnostics;
using Kennisbank.Output;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Kennisbank.Rendering;

/// <summary>
/// Every Scriban template of the site, parsed once up front so that a syntax error in any of them is reported
/// (with the template's path and line) before a single page is rendered. Read-only afterwards, so pages can be
/// rendered from many threads; each render gets its own <see cref="EscapingTemplateContext"/>.
/// </summary>
public sealed class TemplateSet
{
    private readonly Dictionary<string, Template> _templates;

    private readonly ScriptObject _include = new();

    /// <summary>True when a template failed to parse; pages are then not rendered (the errors are already reported).</summary>
    public bool HasErrors => _templates.Values.Any(t => t.HasErrors);

    private TemplateSet(Dictionary<string, Template> templates)
    {
        _templates = templates;
        // Replaces Scriban's own include, whose string result would be escaped like any other value.
        TemplateFunctions.Add(_include, TemplateFunction.WithContext<string, RawHtml>("include", Include));
        // include_cached 'partial' key1 key2 key3: the keys name every value the partial depends on besides the site.
        TemplateFunctions.Add(_include, new TemplateFunction("include_cached", [typeof(string), typeof(object), typeof(object), typeof(object)],
            typeof(RawHtml), (context, args) => IncludeCached(context, (string)args[0]!, args[1..]), required: 1));
    }

    public static TemplateSet Load(string directory, string displayRoot, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        if (!Directory.Exists(directory))
        {
            diagnostics.Error(ErrorCodes.MissingTemplate, SourceLocation.StartOf(displayRoot), $"de map met templates bestaat niet: {directory}");
            return new TemplateSet(templates);
        }

        var files = new ProjectFolder(directory, displayRoot, InputLimits.TemplateBytes).Files(
            f => !f.StartsWith("assets/", StringComparison.Ordinal) && (f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal)),
            diagnostics);
        foreach (var file in files)
        {
            var name = file.RelativePath;
            var displayPath = file.DisplayPath;
            string text;
            try
            {
                text = System.Text.Encoding.UTF8.GetString(file.ReadAllBytes());
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(ErrorCodes.UnreadableFile, SourceLocation.StartOf(displayPath), $"kan de template niet lezen: {e.Message}");
                continue;
            }

            var template = Template.Parse(text, displayPath);
            foreach (var message in template.Messages)
            {
                var start = message.Span.Start;
                diagnostics.Error(ErrorCodes.TemplateError, new SourceLocation(displayPath, start.Line + 1, start.Column + 1),
                    $"fout in template: {message.Message}");
            }

            templates[name] = template;
        }

        return new TemplateSet(templates);
    }

    public bool Contains(string name) => _templates.ContainsKey(name);

    /// <summary>
    /// A context for rendering many pages in a row on one thread, with the site-wide <paramref name="globals"/>
    /// already in place. Reusing it matters: Scriban caches its reflection over our model types per context.
    /// </summary>
    public TemplateContext CreateContext(IEnumerable<ScriptObject> globals)
    {
        var context = new EscapingTemplateContext(EscapingTemplateContext.SharedBuiltins)
        {
            StrictVariables = true,
            // A template with "{{ while true }}" must end in a KB401, not hang CI; a million steps is far beyond the
            // longest real loop (every article of a 10,000-article site, or each of its tags).
            LoopLimit = 1_000_000,
            // Scriban silently ends a render with "..." after 1 MB of output (and counts across a context's renders
            // unless Template.Render resets it); these are the site's own templates, and a page must never be cut off.
            LimitToString = 0,
            // Auto-indent re-indents every line a value prints when its {{ }} stands on an indented line: it made
            // more than half of all rendering garbage and could shift the contents of a <pre>. Markup needs no indent.
            AutoIndent = false,
            TryGetMember = UnknownMember,
        };
        context.PushGlobal(_include);
        foreach (var global in globals)
            context.PushGlobal(global);
        return context;
    }

    /// <summary>
    /// Renders <paramref name="name"/> with the page's variables, then (if given) wraps the result in
    /// <paramref name="layout"/> as its <c>content</c>, and hands the page as UTF-8 to <paramref name="write"/> (the
    /// bytes are only valid during that call). A runtime error becomes one KB401 diagnostic and a false result; the
    /// context must then be thrown away, as Scriban may have left it mid-statement.
    /// </summary>
    public bool Render(TemplateContext context, string name, string? layout, ScriptObject variables, DiagnosticBag diagnostics,
        Action<ReadOnlySpan<byte>> write, out bool contextBroken)
    {
        contextBroken = false;
        context.PushGlobal(variables);
        var body = RentOutput();
        Utf8Output? page = null;
        try
        {
            Draw(context, Find(name), body);
            if (layout is not null)
            {
                // The layout prints the body from this output's buffer, which stays ours until the page is done.
                variables.SetValue("content", new RawHtml(body.Buffer.Written), true);
                page = RentOutput();
                Draw(context, Find(layout), page);
            }

            write((page ?? body).Buffer.Written.Span);
            return true;
        }
        catch (ScriptRuntimeException e)
        {
            contextBroken = true;
            var start = e.Span.Start;
            diagnostics.Error(ErrorCodes.TemplateError, new SourceLocation(e.Span.FileName ?? name, start.Line + 1, start.Column + 1),
                $"fout bij het toepassen van de template: {e.OriginalMessage}");
            return false;
        }
        catch (KeyNotFoundException)
        {
            diagnostics.Error(ErrorCodes.MissingTemplate, SourceLocation.StartOf(name), $"template '{name}' of '{layout}' bestaat niet");
            return false;
        }
        finally
        {
            context.PopGlobal();
            ReturnOutput(body);
            if (page is not null)
                ReturnOutput(page);
        }
    }

    // StrictVariables only covers variables; a misspelt member (page.titel) would otherwise print nothing.
    private static bool UnknownMember(TemplateContext context, SourceSpan span, object target, string member, out object value) =>
        throw new ScriptRuntimeException(span, $"'{member}' bestaat niet op {context.GetTypeName(target)}");

    private Template Find(string name) => _templates.TryGetValue(name, out var t) ? t : throw new KeyNotFoundException(name);

    private readonly PartialCache _partials = new();

    /// <summary>
    /// <c>include_cached 'partials/x.html' a b</c>: like include, but drawn once per build for the same a and b, which
    /// must be everything the partial reads besides site-wide values.
    /// </summary>
    private RawHtml IncludeCached(TemplateContext context, string name, object?[] key) =>
        new(_partials.GetOrRender(name, key, () => Drawn(context, Partial(context, name))));

    /// <summary>
    /// <c>include 'partials/x.html'</c>. As a statement of its own (the only way the site's templates use it) the
    /// partial is drawn straight into the page where it stands; otherwise (assigned, piped, captured) it is drawn
    /// into a copy that the caller prints or uses.
    /// </summary>
    private RawHtml Include(TemplateContext context, string name)
    {
        var template = Partial(context, name);
        if (context.Output is not Utf8Output page || !IsStatement(context.CurrentNode))
            return new RawHtml(Drawn(context, template));
        Draw(context, template, page);
        return RawHtml.Empty;
    }

    private static bool IsStatement(ScriptNode? call) =>
        call is ScriptFunctionCall && call.Parent is ScriptExpressionStatement statement && ReferenceEquals(statement.Expression, call);

    private Template Partial(TemplateContext context, string name) =>
        _templates.TryGetValue(name, out var template)
            ? template
            : throw new ScriptRuntimeException(context.CurrentNode?.Span ?? default, $"partial '{name}' bestaat niet");

    private static byte[] Drawn(TemplateContext context, Template template)
    {
        var output = RentOutput();
        try
        {
            Draw(context, template, output);
            return output.Buffer.ToArray();
        }
        finally
        {
            ReturnOutput(output);
        }
    }

    /// <summary>
    /// What <see cref="Template.Render(TemplateContext)"/> does, into <paramref name="output"/>, without its final
    /// <c>Output.ToString()</c>: that would turn every page back into a string only to throw it away.
    /// </summary>
    private static void Draw(TemplateContext context, Template template, Utf8Output output)
    {
        context.PushOutput(output);
        if (template.SourceFilePath is { } path)
            context.PushSourceFile(path);
        try
        {
            if (template.Page is { } root && context.Evaluate(root) is { } result)
                context.Write(root.Span, result);
        }
        finally
        {
            if (template.SourceFilePath is not null)
                context.PopSourceFile();
            context.PopOutput();
        }
    }

    // A page, its layout and the partials they include are each drawn into a buffer from the thread's pool.
    private static Utf8Output RentOutput() => new(Utf8BufferPool.Rent());

    private static void ReturnOutput(Utf8Output output) => Utf8BufferPool.Return(output.Buffer);
}
