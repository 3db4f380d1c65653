using AcrTemplateLint.Tests.Support;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Tests.Evaluation.Functions;

/// <summary>
/// The example templates of the ARM function reference (azure-docs-json-samples, in the corpus), evaluated whole:
/// each output must have the value the documentation page prints for it, or be Unknown where the value depends on
/// the deployment (resource group, subscription, time) and the page only shows one example run.
/// </summary>
public sealed class DocumentedOutputTests
{
    private const string Folder = "arm-general/Azure__azure-docs-json-samples/azure-resource-manager/functions";

    private static readonly object[][] Cases =
    [
        // Array functions for ARM templates
        ["array/array.json", "intOutput", "[1]"],
        ["array/array.json", "stringOutput", "[\"efgh\"]"],
        ["array/array.json", "objectOutput", "[{\"a\": \"b\", \"c\": \"d\"}]"],
        ["array/concat-array.json", "return", "[\"1-1\", \"1-2\", \"1-3\", \"2-1\", \"2-2\", \"2-3\"]"],
        ["array/contains.json", "stringTrue", "true"],
        ["array/contains.json", "stringFalse", "false"],
        ["array/contains.json", "objectTrue", "true"],
        ["array/contains.json", "objectFalse", "false"],
        ["array/contains.json", "arrayTrue", "true"],
        ["array/contains.json", "arrayFalse", "false"],
        ["array/createarray.json", "stringArray", "[\"a\", \"b\", \"c\"]"],
        ["array/createarray.json", "intArray", "[1, 2, 3]"],
        ["array/createarray.json", "objectArray", "[{\"one\": \"a\", \"two\": \"b\", \"three\": \"c\"}]"],
        ["array/createarray.json", "arrayArray", "[[\"one\", \"two\", \"three\"]]"],
        ["array/createarray.json", "emptyArray", "[]"],
        ["array/empty.json", "arrayEmpty", "true"],
        ["array/empty.json", "objectEmpty", "true"],
        ["array/empty.json", "stringEmpty", "true"],
        ["array/first.json", "arrayOutput", "\"one\""],
        ["array/first.json", "stringOutput", "\"O\""],
        ["array/intersection.json", "objectOutput", "{\"one\": \"a\", \"three\": \"c\"}"],
        ["array/intersection.json", "arrayOutput", "[\"two\", \"three\"]"],
        ["array/last.json", "arrayOutput", "\"three\""],
        ["array/last.json", "stringOutput", "\"e\""],
        ["array/length.json", "arrayLength", "3"],
        ["array/length.json", "stringLength", "13"],
        ["array/length.json", "objectLength", "4"],
        ["array/range.json", "rangeOutput", "[5, 6, 7]"],
        ["array/skip.json", "arrayOutput", "[\"three\"]"],
        ["array/skip.json", "stringOutput", "\"two three\""],
        ["array/take.json", "arrayOutput", "[\"one\", \"two\"]"],
        ["array/take.json", "stringOutput", "\"on\""],
        ["array/union.json", "objectOutput", "{\"one\": \"a\", \"two\": \"b\", \"three\": \"c2\", \"four\": \"d\", \"five\": \"e\"}"],
        ["array/union.json", "arrayOutput", "[\"one\", \"two\", \"three\", \"four\"]"],

        // Comparison functions for ARM templates
        ["comparison/coalesce.json", "stringOutput", "\"default\""],
        ["comparison/coalesce.json", "intOutput", "1"],
        ["comparison/coalesce.json", "objectOutput", "{\"first\": \"default\"}"],
        ["comparison/coalesce.json", "arrayOutput", "[1]"],
        ["comparison/coalesce.json", "emptyOutput", "true"],
        ["comparison/equals.json", "checkInts", "true"],
        ["comparison/equals.json", "checkStrings", "false"],
        ["comparison/equals.json", "checkArrays", "true"],
        ["comparison/equals.json", "checkObjects", "true"],
        ["comparison/greater.json", "checkInts", "false"],
        ["comparison/greater.json", "checkStrings", "true"],
        ["comparison/greaterorequals.json", "checkInts", "false"],
        ["comparison/greaterorequals.json", "checkStrings", "true"],
        ["comparison/less.json", "checkInts", "true"],
        ["comparison/less.json", "checkStrings", "false"],
        ["comparison/lessorequals.json", "checkInts", "true"],
        ["comparison/lessorequals.json", "checkStrings", "false"],

        // Date functions for ARM templates: utcNow() is the deployment time
        ["date/datetimeadd.json", "add3YearsOutput", ArmTemplates.Unknown],
        ["date/utcnow.json", "utcOutput", ArmTemplates.Unknown],

        // Deployment functions for ARM templates
        ["deployment/parameters.json", "stringOutput", "\"option 1\""],
        ["deployment/parameters.json", "intOutput", "1"],
        ["deployment/parameters.json", "objectOutput", "{\"one\": \"a\", \"two\": \"b\"}"],
        ["deployment/parameters.json", "arrayOutput", "[1, 2, 3]"],
        ["deployment/parameters.json", "crossOutput", "\"option 1\""],
        ["deployment/variables.json", "exampleOutput1", "\"myVariable\""],
        ["deployment/variables.json", "exampleOutput2", "[1, 2, 3, 4]"],
        ["deployment/variables.json", "exampleOutput3", "\"myVariable\""],
        ["deployment/variables.json", "exampleOutput4", "{\"property1\": \"value1\", \"property2\": \"value2\"}"],
        ["deployment/deployment.json", "deploymentOutput", ArmTemplates.Unknown],
        ["deployment/environment.json", "environmentOutput", ArmTemplates.Unknown],

        // Logical functions for ARM templates
        ["logical/andornot.json", "andExampleOutput", "false"],
        ["logical/andornot.json", "orExampleOutput", "true"],
        ["logical/andornot.json", "notExampleOutput", "false"],
        ["logical/bool.json", "trueString", "true"],
        ["logical/bool.json", "falseString", "false"],
        ["logical/bool.json", "trueInt", "true"],
        ["logical/bool.json", "falseInt", "false"],
        ["logical/false.json", "falseOutput", "false"],
        ["logical/if.json", "yesOutput", "\"yes\""],
        ["logical/if.json", "noOutput", "\"no\""],
        ["logical/if.json", "objectOutput", "{\"test\": \"value1\"}"],
        ["logical/not-equals.json", "checkNotEquals", "true"],
        ["logical/true.json", "trueOutput", "true"],

        // Numeric functions for ARM templates
        ["numeric/add.json", "addResult", "8"],
        ["numeric/div.json", "divResult", "2"],
        ["numeric/int.json", "intResult", "4"],
        ["numeric/max.json", "arrayOutput", "5"],
        ["numeric/max.json", "intOutput", "5"],
        ["numeric/min.json", "arrayOutput", "0"],
        ["numeric/min.json", "intOutput", "0"],
        ["numeric/mod.json", "modResult", "1"],
        ["numeric/mul.json", "mulResult", "45"],
        ["numeric/sub.json", "subResult", "4"],

        // Object functions for ARM templates
        ["object/createobject.json", "newObject", "{\"intProp\": 1, \"stringProp\": \"abc\", \"boolProp\": true, \"arrayProp\": [\"a\", \"b\", \"c\"], \"objectProp\": {\"key1\": \"value1\"}}"],
        ["object/json.json", "emptyObjectOutput", "true"],
        ["object/json.json", "objectOutput", "{\"a\": \"b\"}"],
        ["object/json.json", "stringOutput", "\"test\""],
        ["object/json.json", "booleanOutput", "true"],
        ["object/json.json", "intOutput", "3"],
        ["object/json.json", "arrayOutput", "[1, 2, 3]"],
        ["object/json.json", "concatObjectOutput", "{\"a\": \"demo value\"}"],
        ["object/null.json", "emptyOutput", "true"],

        // Resource functions for ARM templates: the page shows one subscription's IDs; only a fully written one is known
        ["resource/resourceid.json", "sameRGOutput", ArmTemplates.Unknown],
        ["resource/resourceid.json", "differentRGOutput", ArmTemplates.Unknown],
        ["resource/resourceid.json", "differentSubOutput",
            "\"/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/otherResourceGroup/providers/Microsoft.Storage/storageAccounts/examplestorage\""],
        ["resource/resourcegroup.json", "resourceGroupOutput", ArmTemplates.Unknown],
        ["resource/subscription.json", "subscriptionOutput", ArmTemplates.Unknown],
        ["resource/pickzones.json", "supported", ArmTemplates.Unknown],

        // String functions for ARM templates
        ["string/base64.json", "base64Output", "\"b25lLCB0d28sIHRocmVl\""],
        ["string/base64.json", "toStringOutput", "\"one, two, three\""],
        ["string/base64.json", "toJsonOutput", "{\"one\": \"a\", \"two\": \"b\"}"],
        ["string/concat-string.json", "concatOutput", ArmTemplates.Unknown],
        ["string/datauri.json", "dataUriOutput", "\"data:text/plain;charset=utf8;base64,SGVsbG8=\""],
        ["string/datauri.json", "toStringOutput", "\"Hello, World!\""],
        ["string/format.json", "formatTest", "\"Hello, User. Formatted number: 8,175,133\""],
        ["string/guid.json", "guidPerResourceGroup", ArmTemplates.Unknown],
        ["string/indexof.json", "firstT", "0"],
        ["string/indexof.json", "lastT", "3"],
        ["string/indexof.json", "firstString", "2"],
        ["string/indexof.json", "lastString", "0"],
        ["string/indexof.json", "notFound", "-1"],
        ["string/join.json", "firstOutput", "\"one,two,three\""],
        ["string/join.json", "secondOutput", "\"one;two;three\""],
        ["string/newguid.json", "guidOutput", ArmTemplates.Unknown],
        ["string/padleft.json", "stringOutput", "\"0000000123\""],
        ["string/replace.json", "firstOutput", "\"1231231234\""],
        ["string/replace.json", "secondOutput", "\"123-123-xxxx\""],
        ["string/split.json", "firstOutput", "[\"one\", \"two\", \"three\"]"],
        ["string/split.json", "secondOutput", "[\"one\", \"two\", \"three\"]"],
        ["string/startsendswith.json", "startsTrue", "true"],
        ["string/startsendswith.json", "startsCapTrue", "true"],
        ["string/startsendswith.json", "startsFalse", "false"],
        ["string/startsendswith.json", "endsTrue", "true"],
        ["string/startsendswith.json", "endsCapTrue", "true"],
        ["string/startsendswith.json", "endsFalse", "false"],
        ["string/string.json", "objectOutput", "\"{\\\"valueA\\\":10,\\\"valueB\\\":\\\"Example Text\\\"}\""],
        ["string/string.json", "arrayOutput", "\"[\\\"a\\\",\\\"b\\\",\\\"c\\\"]\""],
        ["string/string.json", "intOutput", "\"5\""],
        ["string/substring.json", "substringOutput", "\"two\""],
        ["string/tolower.json", "toLowerOutput", "\"one two three\""],
        ["string/tolower.json", "toUpperOutput", "\"ONE TWO THREE\""],
        ["string/trim.json", "return", "\"one two three\""],
        ["string/uniquestring.json", "uniqueRG", ArmTemplates.Unknown],
        ["string/uri.json", "uriOutput", "\"http://contoso.com/resources/nested/azuredeploy.json\""],
        ["string/uri.json", "componentOutput", "\"http%3A%2F%2Fcontoso.com%2Fresources%2Fnested%2Fazuredeploy.json\""],
        ["string/uri.json", "toStringOutput", "\"http://contoso.com/resources/nested/azuredeploy.json\""],
    ];

    [TestCaseSource(nameof(Cases))]
    public void Output_has_the_documented_value(string template, string output, string expected)
    {
        var path = Path.Combine(Repository.RequireCorpus(Folder), template);
        var (outputs, diagnostics) = ArmTemplates.Outputs(new SourceFile(path, $"{Folder}/{template}", File.ReadAllText(path)));

        Assert.That(ArmTemplates.Errors(diagnostics), Is.Empty);
        if (outputs[output] is not { } value)
        {
            Assert.Fail($"{template} has no output '{output}'");
            return;
        }

        Assert.That(ArmTemplates.Json(value), Is.EqualTo(ArmTemplates.Canonical(expected)));
    }
}
