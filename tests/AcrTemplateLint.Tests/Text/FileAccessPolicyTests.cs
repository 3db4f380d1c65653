using AcrTemplateLint.Tests.Support;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Tests.Text;

public sealed class FileAccessPolicyTests
{
    [Test]
    public void A_file_under_the_root_is_allowed_and_one_outside_is_refused()
    {
        using var folder = new TempDirectory();
        var root = Path.Combine(folder.Path, "repo");
        var inside = folder.Write("repo/infra/modules/acr.bicep", "");
        var outside = folder.Write("secret.txt", "");
        var policy = FileAccessPolicy.Within(root, allowOutsideRoot: false);

        Assert.Multiple(() =>
        {
            Assert.That(policy.Refusal("modules/acr.bicep", inside), Is.Null);
            Assert.That(policy.Refusal("../../secret.txt", outside), Does.StartWith("it resolves to ").And.Contains("outside the scanned root"));
            Assert.That(policy.Refusal(outside, outside), Is.EqualTo("it is an absolute path; pass --allow-outside-root to read files outside the scanned root"));
            Assert.That(FileAccessPolicy.Within(root, allowOutsideRoot: true).Refusal("../../secret.txt", outside), Is.Null);
        });
    }

    [Test]
    public void A_path_is_resolved_beside_the_file_that_writes_it_and_one_no_file_can_have_is_refused_anywhere()
    {
        using var folder = new TempDirectory();
        var root = Path.Combine(folder.Path, "repo");
        var main = folder.Write("repo/infra/main.bicep", "");
        var policy = FileAccessPolicy.Within(root, allowOutsideRoot: false);

        Assert.Multiple(() =>
        {
            Assert.That(policy.Resolve(main, "modules\\acr.bicep", out var module), Is.Null);
            Assert.That(module, Is.EqualTo(Path.Combine(root, "infra", "modules", "acr.bicep")));
            Assert.That(policy.Resolve(main, "../../secret.txt", out var outside), Does.Contain("outside the scanned root"));
            Assert.That(outside, Is.EqualTo(Path.Combine(folder.Path, "secret.txt")));
            Assert.That(policy.Resolve(main, "acr\0.bicep", out var invalid), Is.EqualTo("it contains a NUL character, which no file name can"));
            Assert.That(invalid, Is.Empty);
            Assert.That(FileAccessPolicy.Unrestricted.Resolve(main, "acr\0.bicep", out _), Is.Not.Null);
        });
    }

    [Test]
    public void Links_are_followed_in_folders_and_in_the_last_component()
    {
        using var folder = new TempDirectory();
        var root = Path.Combine(folder.Path, "repo");
        folder.Write("repo/shared/acr.bicep", "");
        folder.Write("outside/acr.bicep", "");
        Directory.CreateSymbolicLink(Path.Combine(root, "same"), Path.Combine(root, "shared"));
        Directory.CreateSymbolicLink(Path.Combine(root, "away"), Path.Combine(folder.Path, "outside"));
        File.CreateSymbolicLink(Path.Combine(root, "leak.bicep"), Path.Combine(folder.Path, "outside", "acr.bicep"));
        File.CreateSymbolicLink(Path.Combine(root, "shared", "relative.bicep"), "acr.bicep");
        var policy = FileAccessPolicy.Within(root, allowOutsideRoot: false);

        Assert.Multiple(() =>
        {
            Assert.That(policy.Refusal("same/acr.bicep", Path.Combine(root, "same", "acr.bicep")), Is.Null);
            Assert.That(policy.Refusal("same/relative.bicep", Path.Combine(root, "same", "relative.bicep")), Is.Null);
            Assert.That(policy.Refusal("away/acr.bicep", Path.Combine(root, "away", "acr.bicep")), Does.Contain("outside the scanned root"));
            Assert.That(policy.Refusal("leak.bicep", Path.Combine(root, "leak.bicep")), Does.Contain("outside the scanned root"));
        });
    }

    [Test]
    public void A_link_loop_ends()
    {
        using var folder = new TempDirectory();
        var root = Path.Combine(folder.Path, "repo");
        Directory.CreateDirectory(root);
        Directory.CreateSymbolicLink(Path.Combine(root, "a"), Path.Combine(root, "b"));
        Directory.CreateSymbolicLink(Path.Combine(root, "b"), Path.Combine(root, "a"));
        Directory.CreateSymbolicLink(Path.Combine(root, "self"), Path.Combine(root, "self", "deeper"));
        var policy = FileAccessPolicy.Within(root, allowOutsideRoot: false);

        Assert.Multiple(() =>
        {
            Assert.That(() => policy.Refusal("a/x.bicep", Path.Combine(root, "a", "x.bicep")), Throws.Nothing);
            Assert.That(() => policy.Refusal("self/x.bicep", Path.Combine(root, "self", "x.bicep")), Throws.Nothing);
        });
    }
}
