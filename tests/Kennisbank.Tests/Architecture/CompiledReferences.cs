using System.Reflection;
using System.Reflection.Emit;

namespace Kennisbank.Tests.Architecture;

/// <summary>
/// Every type a compiled type uses: in its base type and interfaces, in the signatures and attributes of its members,
/// in its methods' locals, and in the types, methods and fields their IL refers to. This catches what no
/// <c>using</c> shows: a name qualified from a parent namespace (<c>Model.SitePaths</c> inside Kennisbank.Pages) or
/// a type reached only through <c>var</c>.
/// </summary>
public static class CompiledReferences
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    public static IReadOnlySet<Type> Of(Type type)
    {
        var found = new HashSet<Type>();
        Add(found, type.BaseType);
        foreach (var implemented in type.GetInterfaces())
            Add(found, implemented);
        foreach (var attribute in type.GetCustomAttributesData())
            Add(found, attribute.AttributeType);
        foreach (var field in type.GetFields(Declared))
            Add(found, field.FieldType);
        foreach (var property in type.GetProperties(Declared))
            Add(found, property.PropertyType);
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
                Add(found, info.ReturnType);
            foreach (var parameter in method.GetParameters())
                Add(found, parameter.ParameterType);
            if (method.GetMethodBody() is not { } body)
                continue;
            foreach (var local in body.LocalVariables)
                Add(found, local.LocalType);
            foreach (var member in MembersInIl(method, body.GetILAsByteArray()!))
                AddMember(found, member);
        }

        return found;
    }

    private static IEnumerable<MemberInfo> MembersInIl(MethodBase method, byte[] il)
    {
        var typeArguments = method.DeclaringType!.IsGenericType ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var offset = 0; offset < il.Length;)
        {
            var value = il[offset] == 0xFE ? (short)(0xFE00 | il[offset + 1]) : il[offset];
            var opCode = OpCodesByValue[value];
            offset += opCode.Size;
            switch (opCode.OperandType)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok:
                    yield return method.Module.ResolveMember(BitConverter.ToInt32(il, offset), typeArguments, methodArguments)!;
                    offset += 4;
                    break;
                case OperandType.InlineSwitch:
                    offset += 4 + 4 * BitConverter.ToInt32(il, offset);
                    break;
                default:
                    offset += OperandSize(opCode.OperandType);
                    break;
            }
        }
    }

    private static int OperandSize(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };

    private static void AddMember(HashSet<Type> found, MemberInfo member)
    {
        switch (member)
        {
            case Type type:
                Add(found, type);
                break;
            case FieldInfo field:
                Add(found, field.DeclaringType);
                Add(found, field.FieldType);
                break;
            case MethodBase method:
                Add(found, method.DeclaringType);
                if (method is MethodInfo info)
                {
                    Add(found, info.ReturnType);
                    if (info.IsGenericMethod)
                        foreach (var argument in info.GetGenericArguments())
                            Add(found, argument);
                }

                foreach (var parameter in method.GetParameters())
                    Add(found, parameter.ParameterType);
                break;
        }
    }

    // A constructed type counts as its definition and each of its arguments: List<Article> uses Article.
    private static void Add(HashSet<Type> found, Type? type)
    {
        if (type is null || type.IsGenericParameter)
            return;
        if (type.HasElementType)
        {
            Add(found, type.GetElementType());
            return;
        }

        if (type.IsConstructedGenericType)
        {
            Add(found, type.GetGenericTypeDefinition());
            foreach (var argument in type.GetGenericArguments())
                Add(found, argument);
            return;
        }

        found.Add(type);
    }
}
