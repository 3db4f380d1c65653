using System.Text.RegularExpressions;
using AcrTemplateLint.Evaluation.Functions;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Evaluation.Functions;

/// <summary>
/// Every template function, with inputs and expected outputs taken from the ARM documentation (the page is named
/// above each group) or from values Azure Resource Manager's own evaluator produced (the Bicep compiler evaluates
/// .bicepparam files with it; corpus/bicep-baselines/bicepparam-Expressions/parameters.json holds the results).
/// "&lt;unknown&gt;" means acrlint must not know the value: it depends on the deployment or on live Azure state.
/// </summary>
public sealed class FunctionTableTests
{
    private static readonly object[][] Cases =
    [
        // Array functions for ARM templates
        ["array(1)", "[1]"],
        ["array('efgh')", "[\"efgh\"]"],
        ["array(createObject('a', 'b', 'c', 'd'))", "[{\"a\": \"b\", \"c\": \"d\"}]"],
        ["concat(createArray('1-1', '1-2', '1-3'), createArray('2-1', '2-2', '2-3'))", "[\"1-1\", \"1-2\", \"1-3\", \"2-1\", \"2-2\", \"2-3\"]"],
        ["contains(createArray('one', 'two', 'three'), 'three')", "true"],
        ["contains(createArray('one', 'two', 'three'), 'four')", "false"],
        ["createArray('a', 'b', 'c')", "[\"a\", \"b\", \"c\"]"],
        ["createArray(1, 2, 3)", "[1, 2, 3]"],
        ["createArray()", "[]"],
        ["empty(createArray())", "true"],
        ["first(createArray('one', 'two', 'three'))", "\"one\""],
        ["intersection(createArray('one', 'two', 'three'), createArray('two', 'three'))", "[\"two\", \"three\"]"],
        ["last(createArray('one', 'two', 'three'))", "\"three\""],
        ["length(createArray('one', 'two', 'three'))", "3"],
        ["max(createArray(0, 3, 2, 5, 4))", "5"],
        ["min(createArray(0, 3, 2, 5, 4))", "0"],
        ["range(5, 3)", "[5, 6, 7]"],
        ["skip(createArray('one', 'two', 'three'), 2)", "[\"three\"]"],
        ["take(createArray('one', 'two', 'three'), 2)", "[\"one\", \"two\"]"],
        ["union(createArray('one', 'two', 'three'), createArray('three', 'four'))", "[\"one\", \"two\", \"three\", \"four\"]"],

        // CIDR functions for ARM templates
        ["parseCidr('10.144.0.0/20')", "{\"network\":\"10.144.0.0\",\"netmask\":\"255.255.240.0\",\"broadcast\":\"10.144.15.255\",\"firstUsable\":\"10.144.0.1\",\"lastUsable\":\"10.144.15.254\",\"cidr\":20}"],
        ["parseCidr('fdad:3236:5555::/48')", "{\"network\":\"fdad:3236:5555::\",\"netmask\":\"ffff:ffff:ffff::\",\"firstUsable\":\"fdad:3236:5555::\",\"lastUsable\":\"fdad:3236:5555:ffff:ffff:ffff:ffff:ffff\",\"cidr\":48}"],
        ["cidrSubnet('10.144.0.0/20', 24, 4)", "\"10.144.4.0/24\""],
        ["cidrSubnet('fdad:3236:5555::/48', 52, 1)", "\"fdad:3236:5555:1000::/52\""],
        ["cidrHost('10.144.3.0/24', 0)", "\"10.144.3.1\""],
        ["cidrHost('fdad:3236:5555:3000::/52', 4)", "\"fdad:3236:5555:3000::5\""],
        ["parseCidr('10.0.0.1/32')", ArmTemplates.Unknown],

        // Comparison functions for ARM templates
        ["coalesce(null(), null(), 'default')", "\"default\""],
        ["coalesce(null(), null(), createObject('first', 'default'))", "{\"first\": \"default\"}"],
        ["empty(coalesce(null(), null()))", "true"],
        ["equals(1, 1)", "true"],
        ["equals('demo', 'Demo')", "false"],
        ["equals(createArray('a', 'b'), createArray('a', 'b'))", "true"],
        ["equals(createObject('a', 'b'), createObject('a', 'b'))", "true"],
        ["not(equals(1, 2))", "true"],
        ["greater(1, 2)", "false"],
        ["greater('A', 'a')", "true"],
        ["greaterOrEquals(1, 2)", "false"],
        ["greaterOrEquals('A', 'a')", "true"],
        ["less(1, 2)", "true"],
        ["less('A', 'a')", "false"],
        ["lessOrEquals(1, 2)", "true"],
        ["lessOrEquals('A', 'a')", "false"],

        // Date functions for ARM templates
        ["utcNow()", ArmTemplates.Unknown],
        ["utcNow('u')", ArmTemplates.Unknown],
        ["dateTimeFromEpoch(1683040573)", "\"2023-05-02T15:16:13Z\""],
        ["dateTimeToEpoch('2023-05-02T15:16:13Z')", "1683040573"],

        // Deployment functions for ARM templates: what only the deployment knows is Unknown, never invented
        ["deployment().name", ArmTemplates.Unknown],
        ["environment().suffixes.storage", ArmTemplates.Unknown],
        ["parameters('stringParameter')", "\"option 1\""],
        ["variables('var3')", "\"myVariable\""],

        // Lambda functions for ARM templates
        ["filter(variables('dogs'), lambda('dog', greaterOrEquals(lambdaVariables('dog').age, 5)))",
            "[{\"name\":\"Evie\",\"age\":5,\"interests\":[\"Ball\",\"Frisbee\"]},{\"name\":\"Kira\",\"age\":8,\"interests\":[\"Rubs\"]}]"],
        ["filter(range(0, 10), lambda('i', equals(0, mod(lambdaVariables('i'), 2))))", "[0, 2, 4, 6, 8]"],
        ["map(variables('dogs'), lambda('dog', format('Hello {0}!', lambdaVariables('dog').name)))", "[\"Hello Evie!\",\"Hello Casper!\",\"Hello Indy!\",\"Hello Kira!\"]"],
        ["reduce(map(variables('dogs'), lambda('dog', lambdaVariables('dog').age)), 1, lambda('cur', 'next', add(lambdaVariables('cur'), lambdaVariables('next'))))", "19"],
        ["reduce(createArray(createObject('foo', 123), createObject('bar', 456), createObject('baz', 789)), createObject(), lambda('cur', 'next', union(lambdaVariables('cur'), lambdaVariables('next'))))",
            "{\"foo\":123,\"bar\":456,\"baz\":789}"],
        ["map(sort(variables('dogs'), lambda('a', 'b', less(lambdaVariables('a').age, lambdaVariables('b').age))), lambda('d', lambdaVariables('d').name))", "[\"Indy\",\"Casper\",\"Evie\",\"Kira\"]"],
        ["toObject(variables('dogs'), lambda('entry', lambdaVariables('entry').name), lambda('entry', lambdaVariables('entry').age))", "{\"Evie\":5,\"Casper\":3,\"Indy\":2,\"Kira\":8}"],

        // Logical functions for ARM templates
        ["and(bool('true'), bool('false'))", "false"],
        ["or(bool('true'), bool('false'))", "true"],
        ["not(bool('true'))", "false"],
        ["bool('true')", "true"],
        ["bool(0)", "false"],
        ["false()", "false"],
        ["true()", "true"],
        ["if(equals('a', 'a'), 'yes', 'no')", "\"yes\""],
        ["if(equals('a', 'a'), json('{\"test\": \"value1\"}'), json('null'))", "{\"test\": \"value1\"}"],

        // Numeric functions for ARM templates
        ["add(5, 3)", "8"],
        ["div(8, 3)", "2"],
        ["float('1.5')", "1.5"],
        ["int('4')", "4"],
        ["max(0, 3, 2, 5, 4)", "5"],
        ["min(0, 3, 2, 5, 4)", "0"],
        ["mod(7, 3)", "1"],
        ["mul(mul(5, 3), 3)", "45"],
        ["sub(7, 3)", "4"],

        // Object functions for ARM templates
        ["contains(createObject('one', 'a', 'two', 'b'), 'ONE')", "true"],
        ["createObject('intProp', 1, 'stringProp', 'abc', 'boolProp', true(), 'arrayProp', createArray('a', 'b', 'c'), 'objectProp', createObject('key1', 'value1'))",
            "{\"intProp\": 1, \"stringProp\": \"abc\", \"boolProp\": true, \"arrayProp\": [\"a\", \"b\", \"c\"], \"objectProp\": {\"key1\": \"value1\"}}"],
        ["intersection(createObject('one', 'a', 'two', 'b', 'three', 'c'), createObject('one', 'a', 'two', 'z', 'three', 'c'))", "{\"one\": \"a\", \"three\": \"c\"}"],
        ["items(variables('entities'))",
            "[{\"key\":\"item001\",\"value\":{\"enabled\":true,\"displayName\":\"Example item 1\",\"number\":300}},{\"key\":\"item002\",\"value\":{\"enabled\":false,\"displayName\":\"Example item 2\",\"number\":200}}]"],
        ["empty(json('null'))", "true"],
        ["json('[1,2,3 ]')", "[1, 2, 3]"],
        ["json(concat('{\"a\": \"', 'demo value', '\"}'))", "{\"a\": \"demo value\"}"],
        ["empty(null())", "true"],
        ["union(createObject('one', 'a', 'two', 'b', 'three', 'c1'), createObject('three', 'c2', 'four', 'd', 'five', 'e'))", "{\"one\": \"a\", \"two\": \"b\", \"three\": \"c2\", \"four\": \"d\", \"five\": \"e\"}"],
        ["union(variables('firstObject'), variables('secondObject'))", "{\"property\":{\"one\":\"a\",\"two\":\"b\",\"three\":\"c2\",\"four\":\"d\",\"five\":\"e\"},\"nestedArray\":[3,4]}"],
        ["union(createArray(createArray('one', 'two'), createArray('three')), createArray(createArray('three'), createArray('four', 'two')))", "[[\"one\",\"two\"],[\"three\"],[\"four\",\"two\"]]"],
        ["objectKeys(createObject('a', 1, 'b', 2))", "[\"a\", \"b\"]"],
        ["shallowMerge(createArray(createObject('a', 1, 'n', createObject('x', 1)), createObject('b', 2, 'n', createObject('y', 2))))", "{\"a\": 1, \"n\": {\"y\": 2}, \"b\": 2}"],
        ["tryGet(createObject('a', createObject('b', 1)), 'a', 'b')", "1"],
        ["tryGet(createObject('a', 1), 'missing')", "null"],

        // Resource functions for ARM templates: IDs keep their structure; their text is known only with every scope part
        ["resourceId('11111111-1111-1111-1111-111111111111', 'otherResourceGroup', 'Microsoft.Storage/storageAccounts', 'examplestorage')",
            "\"/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/otherResourceGroup/providers/Microsoft.Storage/storageAccounts/examplestorage\""],
        ["resourceId('Microsoft.Storage/storageAccounts', 'examplestorage')", ArmTemplates.Unknown],
        ["subscriptionResourceId('11111111-1111-1111-1111-111111111111', 'Microsoft.Authorization/roleDefinitions', 'acdd72a7-3385-48ef-bd42-f606fba81ae7')",
            "\"/subscriptions/11111111-1111-1111-1111-111111111111/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7\""],
        ["tenantResourceId('Microsoft.Authorization/policyDefinitions', '0a914e76-4921-4c19-b460-a2d36003525a')",
            "\"/providers/Microsoft.Authorization/policyDefinitions/0a914e76-4921-4c19-b460-a2d36003525a\""],
        ["managementGroupResourceId('mg1', 'Microsoft.Authorization/policyDefinitions', 'locationpolicy')",
            "\"/providers/Microsoft.Management/managementGroups/mg1/providers/Microsoft.Authorization/policyDefinitions/locationpolicy\""],
        ["extensionResourceId('/subscriptions/s1/resourceGroups/rg1', 'Microsoft.Authorization/locks', 'lock1')",
            "\"/subscriptions/s1/resourceGroups/rg1/providers/Microsoft.Authorization/locks/lock1\""],
        ["resourceGroup().location", ArmTemplates.Unknown],
        ["subscription().subscriptionId", ArmTemplates.Unknown],
        ["tenant().tenantId", ArmTemplates.Unknown],
        ["managementGroup().name", ArmTemplates.Unknown],
        ["reference(resourceId('Microsoft.Storage/storageAccounts', 'examplestorage')).primaryEndpoints", ArmTemplates.Unknown],
        ["listKeys(resourceId('Microsoft.Storage/storageAccounts', 'examplestorage'), '2022-09-01').keys[0].value", ArmTemplates.Unknown],
        ["references('loop')", ArmTemplates.Unknown],
        ["pickZones('Microsoft.Compute', 'virtualMachines', 'westus2')", ArmTemplates.Unknown],
        ["providers('Microsoft.Web', 'sites')", ArmTemplates.Unknown],
        ["extensions('k8s').config", ArmTemplates.Unknown],

        // String functions for ARM templates
        ["base64('one, two, three')", "\"b25lLCB0d28sIHRocmVl\""],
        ["base64ToString('b25lLCB0d28sIHRocmVl')", "\"one, two, three\""],
        ["base64ToJson(base64('{''one'': ''a'', ''two'': ''b''}'))", "{\"one\": \"a\", \"two\": \"b\"}"],
        ["contains('OneTwoThree', 'e')", "true"],
        ["contains('OneTwoThree', 'z')", "false"],
        ["dataUri('Hello')", "\"data:text/plain;charset=utf8;base64,SGVsbG8=\""],
        ["dataUriToString('data:;base64,SGVsbG8sIFdvcmxkIQ==')", "\"Hello, World!\""],
        ["empty('')", "true"],
        ["endsWith('abcdef', 'F')", "true"],
        ["endsWith('abcdef', 'e')", "false"],
        ["first('One Two Three')", "\"O\""],
        ["format('{0}, {1}. Formatted number: {2:N0}', 'Hello', 'User', 8175133)", "\"Hello, User. Formatted number: 8,175,133\""],
        ["guid(subscription().subscriptionId)", ArmTemplates.Unknown],
        ["indexOf('abcdef', 'CD')", "2"],
        ["indexOf('abcdef', 'z')", "-1"],
        ["join(createArray('one', 'two', 'three'), ';')", "\"one;two;three\""],
        ["last('One Two Three')", "\"e\""],
        ["lastIndexOf('test', 't')", "3"],
        ["lastIndexOf('abcdef', 'AB')", "0"],
        ["length('One Two Three')", "13"],
        ["newGuid()", ArmTemplates.Unknown],
        ["padLeft('123', 10, '0')", "\"0000000123\""],
        ["replace('123-123-1234', '-', '')", "\"1231231234\""],
        ["replace('123-123-1234', '1234', 'xxxx')", "\"123-123-xxxx\""],
        ["skip('one two three', 4)", "\"two three\""],
        ["split('one;two,three', createArray(',', ';'))", "[\"one\", \"two\", \"three\"]"],
        ["startsWith('abcdef', 'A')", "true"],
        ["startsWith('abcdef', 'e')", "false"],
        ["string(createObject('valueA', 10, 'valueB', 'Example Text'))", "\"{\\\"valueA\\\":10,\\\"valueB\\\":\\\"Example Text\\\"}\""],
        ["string(createArray('a', 'b', 'c'))", "\"[\\\"a\\\",\\\"b\\\",\\\"c\\\"]\""],
        ["string(5)", "\"5\""],
        ["substring('one two three', 4, 3)", "\"two\""],
        ["take('one two three', 2)", "\"on\""],
        ["toLower('One Two Three')", "\"one two three\""],
        ["toUpper('One Two Three')", "\"ONE TWO THREE\""],
        ["trim('    one two three   ')", "\"one two three\""],
        ["uniqueString(resourceGroup().id)", ArmTemplates.Unknown],
        ["uri('http://contoso.com/resources/', 'nested/azuredeploy.json')", "\"http://contoso.com/resources/nested/azuredeploy.json\""],
        ["uri('http://contoso.org/firstpath', 'myscript.sh')", "\"http://contoso.org/myscript.sh\""],
        ["uri('http://contoso.org/firstpath/', '/myscript.sh')", "\"http://contoso.org/firstpath/myscript.sh\""],
        ["uriComponent('http://contoso.com/resources/nested/azuredeploy.json')", "\"http%3A%2F%2Fcontoso.com%2Fresources%2Fnested%2Fazuredeploy.json\""],
        ["uriComponentToString('http%3A%2F%2Fcontoso.com%2Fresources%2Fnested%2Fazuredeploy.json')", "\"http://contoso.com/resources/nested/azuredeploy.json\""],

        // Values ARM's evaluator produced (Bicep compiler baseline bicepparam-Expressions, parameters.json)
        ["base64ToJson(base64('{\"hi\": \"there\"}')).hi", "\"there\""],
        ["dataUriToString(dataUri('abc'))", "\"abc\""],
        ["dateTimeAdd(dateTimeFromEpoch(1680224438), 'P1D')", "\"2023-04-01T01:00:38Z\""],
        ["dateTimeToEpoch(dateTimeFromEpoch(1680224438))", "1680224438"],
        ["filter(createArray(1, 2), lambda('i', less(lambdaVariables('i'), 2)))", "[1]"],
        ["flatten(createArray(createArray('abc'), createArray('def')))", "[\"abc\", \"def\"]"],
        ["format('->{0}<-', 123)", "\"->123<-\""],
        ["guid('asdf')", "\"228d27cc-6fdb-5934-b7ac-1efccebade04\""],
        ["intersection(createArray(1, 2, 3), createArray(2, 3, 4))", "[2, 3]"],
        ["items(createObject('foo', 'abc', 'bar', 123))", "[{\"key\": \"bar\", \"value\": 123}, {\"key\": \"foo\", \"value\": \"abc\"}]"],
        ["lastIndexOf('abcba', 'b')", "3"],
        ["map(range(0, 3), lambda('i', format('Hi {0}!', lambdaVariables('i'))))", "[\"Hi 0!\", \"Hi 1!\", \"Hi 2!\"]"],
        ["padLeft(13, 5)", "\"   13\""],
        ["reduce(createArray('a', 'b', 'c'), '', lambda('a', 'b', format('{0}-{1}', lambdaVariables('a'), lambdaVariables('b'))))", "\"-a-b-c\""],
        ["sort(createArray('c', 'd', 'a'), lambda('a', 'b', less(lambdaVariables('a'), lambdaVariables('b'))))", "[\"a\", \"c\", \"d\"]"],
        ["substring('asdfasf', 3)", "\"fasf\""],
        ["toObject(createArray('a', 'b', 'c'), lambda('x', lambdaVariables('x')), lambda('x', format('Hi {0}!', lambdaVariables('x'))))", "{\"a\": \"Hi a!\", \"b\": \"Hi b!\", \"c\": \"Hi c!\"}"],
        ["uniqueString('asd', 'asdf', 'asdf')", "\"iizpqit7ih3cc\""],
        ["uri('https://github.com', 'Azure/bicep')", "\"https://github.com/Azure/bicep\""],
        ["uriComponent('UB*8h 0+=_)9h9n')", "\"UB%2A8h%200%2B%3D_%299h9n\""],
        ["uriComponentToString('%20%25%20')", "\" % \""],

        // Bicep user-defined types and functions compile to these; documented in their Bicep pages (groupBy, mapValues, tryIndexFromEnd)
        ["groupBy(createArray('foo', 'bar', 'baz'), lambda('x', substring(lambdaVariables('x'), 0, 1)))", "{\"f\": [\"foo\"], \"b\": [\"bar\", \"baz\"]}"],
        ["mapValues(createObject('foo', 'foo'), lambda('val', toUpper(lambdaVariables('val'))))", "{\"foo\": \"FOO\"}"],
        ["tryIndexFromEnd(createArray(1, 2, 3), 1)", "3"],
        ["tryIndexFromEnd(createArray(1, 2, 3), 4)", "null"],
        ["variables('loop')", "[2, 3]"],
    ];

    // Parameters and variables the documentation examples read (dogs, entities, union's deep-merge objects).
    private const string Template = """
        {
          "parameters": { "stringParameter": { "type": "string", "defaultValue": "option 1" } },
          "variables": {
            "var1": "myVariable",
            "var3": "[ variables('var1') ]",
            "dogs": [
              { "name": "Evie", "age": 5, "interests": [ "Ball", "Frisbee" ] },
              { "name": "Casper", "age": 3, "interests": [ "Other dogs" ] },
              { "name": "Indy", "age": 2, "interests": [ "Butter" ] },
              { "name": "Kira", "age": 8, "interests": [ "Rubs" ] }
            ],
            "entities": {
              "item002": { "enabled": false, "displayName": "Example item 2", "number": 200 },
              "item001": { "enabled": true, "displayName": "Example item 1", "number": 300 }
            },
            "firstObject": { "property": { "one": "a", "two": "b", "three": "c1" }, "nestedArray": [ 1, 2 ] },
            "secondObject": { "property": { "three": "c2", "four": "d", "five": "e" }, "nestedArray": [ 3, 4 ] },
            "copy": [ { "name": "loop", "count": 2, "input": "[copyIndex('loop', 2)]" } ]
          }
        }
        """;

    [TestCaseSource(nameof(Cases))]
    public void Evaluates_as_Azure_Resource_Manager_does(string expression, string expected)
    {
        var (value, diagnostics) = ArmTemplates.Evaluate(expression, Template);

        Assert.That(ArmTemplates.Errors(diagnostics), Is.Empty);
        Assert.That(ArmTemplates.Json(value), Is.EqualTo(ArmTemplates.Canonical(expected)), expression);
    }

    [Test]
    public void Every_function_of_the_library_has_a_case()
    {
        var called = Cases.Select(c => (string)c[0]).Append(Template)
            .SelectMany(text => Regex.Matches(text, @"([A-Za-z][A-Za-z0-9]*)\(").Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var missing = FunctionLibrary.Default.Names.Where(name => !called.Contains(name) && name != "list").Order().ToList();

        Assert.That(missing, Is.Empty, "functions without a documented case");
        TestContext.Out.WriteLine($"{FunctionLibrary.Default.Names.Count()} functions, every one covered by {Cases.Length} cases.");
    }
}
