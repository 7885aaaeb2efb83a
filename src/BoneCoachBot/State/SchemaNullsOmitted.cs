using System.Reflection;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace BoneCoachBot.State;

/// <summary>
/// Stores Bot Framework schema objects (a prompt's activity, its card actions, a conversation reference) without their
/// null properties, as the Bot Framework itself sends them on the wire (its serializer settings ignore nulls). An
/// activity has about fifty properties, nearly all null: with them, a prompt and its retry were half of a conversation
/// item, parsed, copied, hashed and written again on every turn. Reading an item back is the same either way: a
/// missing property is null. Everything else, our own records and dictionaries, keeps its nulls.
/// </summary>
internal sealed class SchemaNullsOmitted : DefaultContractResolver
{
    private static readonly Assembly Schema = typeof(Activity).Assembly;

    protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
    {
        var property = base.CreateProperty(member, memberSerialization);
        if (member.DeclaringType?.Assembly == Schema)
        {
            property.NullValueHandling ??= NullValueHandling.Ignore;
        }

        return property;
    }
}
