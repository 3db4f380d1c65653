using System.Security.Cryptography;
using System.Text;
using AcrTemplateLint.Reporting;

namespace AcrTemplateLint.Tests.Reporting;

public sealed class Sha256Tests
{
    [TestCase("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [TestCase("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [TestCase("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    public void Digests_match_the_published_test_vectors(string message, string digest)
    {
        Assert.That(Convert.ToHexStringLower(Sha256.Hash(Encoding.ASCII.GetBytes(message))), Is.EqualTo(digest));
    }

    [Test]
    public void Digests_match_the_platform_at_every_length_around_the_block_and_padding_boundaries()
    {
        var random = new Random(256);
        for (var length = 0; length <= 300; length++)
        {
            var data = new byte[length];
            random.NextBytes(data);

            Assert.That(Sha256.Hash(data), Is.EqualTo(SHA256.HashData(data)), $"{length} bytes");
        }
    }
}
