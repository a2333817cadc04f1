using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Kennisbank.Rendering;

/// <summary>
/// A function callable from templates, invoked directly. Scriban's own wrapper for imported delegates calls them
/// through reflection, which made those few helpers (URLs, dates, includes) the bulk of rendering time.
/// Arguments after the first <paramref name="required"/> may be left out; the body then gets fewer values.
/// </summary>
public sealed class TemplateFunction(string name, Type[] parameters, Type returnType, Func<TemplateContext, object?[], object?> body, int? required = null)
    : IScriptCustomFunction
{
    public string Name => name;

    public int RequiredParameterCount => required ?? parameters.Length;

    public int ParameterCount => parameters.Length;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => returnType;

    public static TemplateFunction Create<T1, TResult>(string name, Func<T1, TResult> function) =>
        new(name, [typeof(T1)], typeof(TResult), (context, args) => function(Convert<T1>(context, args[0])));

    public static TemplateFunction Create<T1, T2, T3, TResult>(string name, Func<T1, T2, T3, TResult> function) =>
        new(name, [typeof(T1), typeof(T2), typeof(T3)], typeof(TResult),
            (context, args) => function(Convert<T1>(context, args[0]), Convert<T2>(context, args[1]), Convert<T3>(context, args[2])));

    public static TemplateFunction WithContext<T1, TResult>(string name, Func<TemplateContext, T1, TResult> function) =>
        new(name, [typeof(T1)], typeof(TResult), (context, args) => function(context, Convert<T1>(context, args[0])));

    // Scriban asks for these on every call; made once instead of a new name string each time.
    private readonly ScriptParameterInfo[] _parameterInfos = parameters.Select((type, i) => new ScriptParameterInfo(type, $"arg{i + 1}")).ToArray();

    public ScriptParameterInfo GetParameterInfo(int index) => _parameterInfos[index];

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count < RequiredParameterCount || arguments.Count > parameters.Length)
            throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, RequiredParameterCount == parameters.Length
                ? $"'{name}' verwacht {parameters.Length} argument(en), maar kreeg er {arguments.Count}"
                : $"'{name}' verwacht {RequiredParameterCount} tot {parameters.Length} argumenten, maar kreeg er {arguments.Count}");
        var values = new object?[arguments.Count];
        for (var i = 0; i < values.Length; i++)
            values[i] = arguments[i];
        return body(context, values);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    private static T Convert<T>(TemplateContext context, object? value) =>
        value is T typed ? typed : (T)context.ToObject(context.CurrentSpan, value, typeof(T))!;
}
