using AcrTemplateLint.Bicep.Lexing;
using AcrTemplateLint.Bicep.Parsing;
using AcrTemplateLint.Bicep.Syntax;

namespace AcrTemplateLint.Tests.Bicep.Lexing;

public sealed class LexerTests
{
    [TestCase("@", TokenKind.At)]
    [TestCase("{", TokenKind.LeftBrace)]
    [TestCase("}", TokenKind.RightBrace)]
    [TestCase("(", TokenKind.LeftParen)]
    [TestCase(")", TokenKind.RightParen)]
    [TestCase("[", TokenKind.LeftSquare)]
    [TestCase("]", TokenKind.RightSquare)]
    [TestCase(",", TokenKind.Comma)]
    [TestCase(".", TokenKind.Dot)]
    [TestCase("?", TokenKind.Question)]
    [TestCase(":", TokenKind.Colon)]
    [TestCase(";", TokenKind.Semicolon)]
    [TestCase("=", TokenKind.Assignment)]
    [TestCase("+", TokenKind.Plus)]
    [TestCase("-", TokenKind.Minus)]
    [TestCase("*", TokenKind.Asterisk)]
    [TestCase("/", TokenKind.Slash)]
    [TestCase("%", TokenKind.Modulo)]
    [TestCase("!", TokenKind.Exclamation)]
    [TestCase("<", TokenKind.LessThan)]
    [TestCase(">", TokenKind.GreaterThan)]
    [TestCase("<=", TokenKind.LessThanOrEqual)]
    [TestCase(">=", TokenKind.GreaterThanOrEqual)]
    [TestCase("==", TokenKind.Equals)]
    [TestCase("!=", TokenKind.NotEquals)]
    [TestCase("=~", TokenKind.EqualsInsensitive)]
    [TestCase("!~", TokenKind.NotEqualsInsensitive)]
    [TestCase("&&", TokenKind.LogicalAnd)]
    [TestCase("||", TokenKind.LogicalOr)]
    [TestCase("??", TokenKind.DoubleQuestion)]
    [TestCase("::", TokenKind.DoubleColon)]
    [TestCase("=>", TokenKind.Arrow)]
    [TestCase("|", TokenKind.Pipe)]
    [TestCase("...", TokenKind.Ellipsis)]
    [TestCase("^", TokenKind.Hat)]
    [TestCase("true", TokenKind.TrueKeyword)]
    [TestCase("false", TokenKind.FalseKeyword)]
    [TestCase("null", TokenKind.NullKeyword)]
    [TestCase("param", TokenKind.Identifier)]
    [TestCase("_private9", TokenKind.Identifier)]
    [TestCase("True", TokenKind.Identifier)]
    [TestCase("0", TokenKind.Integer)]
    [TestCase("18446744073709551616", TokenKind.Integer)]
    [TestCase("'text'", TokenKind.StringComplete)]
    [TestCase("''", TokenKind.StringComplete)]
    [TestCase("'''multi\nline'''", TokenKind.StringComplete)]
    [TestCase("$'''no holes'''", TokenKind.StringComplete)]
    [TestCase("\n", TokenKind.NewLine)]
    [TestCase("\r\n\n\r", TokenKind.NewLine)]
    public void Lexes_one_token(string text, TokenKind kind)
    {
        var (tokens, diagnostics) = Support.Bicep.Lex(text);

        Assert.That(tokens.Select(t => (t.Kind, t.Text)), Is.EqualTo(new[] { (kind, text), (TokenKind.EndOfFile, "") }));
        Assert.That(diagnostics, Is.Empty);
    }

    [Test]
    public void Every_token_kind_fits_the_parser_token_set()
    {
        Assert.That(Enum.GetValues<TokenKind>().Max(kind => (int)kind), Is.LessThan(64), "TokenSet is a 64-bit mask");
        Assert.That(TokenSet.Of(TokenKind.Hat, TokenKind.At).Contains(TokenKind.Hat), Is.True);
        Assert.That(TokenSet.Of(TokenKind.Hat).Contains(TokenKind.At), Is.False);
    }

    [TestCase("a.?b", "Identifier . ? Identifier")]
    [TestCase("x[?0]", "Identifier [ ? Integer ]")]
    [TestCase("x[^1]", "Identifier [ ^ Integer ]")]
    [TestCase("x!.y", "Identifier ! . Identifier")]
    [TestCase("a!=b", "Identifier != Identifier")]
    [TestCase("1.5", "Integer . Integer")]
    [TestCase("-1", "- Integer")]
    [TestCase("...spread", "... Identifier")]
    [TestCase("a..b", "Identifier . . Identifier")]
    [TestCase("x=>y", "Identifier => Identifier")]
    [TestCase("a ?? b", "Identifier ?? Identifier")]
    [TestCase("p::c", "Identifier :: Identifier")]
    [TestCase("string[]?", "Identifier [ ] ?")]
    [TestCase("resourceInput<'t'>", "Identifier < StringComplete >")]
    public void Lexes_sequences(string text, string expected) =>
        Assert.That(Kinds(text), Is.EqualTo(expected));

    [Test]
    public void Interpolation_nests_to_any_depth()
    {
        Assert.That(Kinds("'a${'b${c}d'}e'"), Is.EqualTo("StringLeftPiece StringLeftPiece Identifier StringRightPiece StringRightPiece"));
        Assert.That(Kinds("'${x}${y}'"), Is.EqualTo("StringLeftPiece Identifier StringMiddlePiece Identifier StringRightPiece"));
        Assert.That(Kinds("'${{a: 1}.a}'"), Is.EqualTo("StringLeftPiece { Identifier : Integer } . Identifier StringRightPiece"), "a brace inside a hole is a brace");

        const int depth = 500;
        var text = string.Concat(Enumerable.Repeat("'${", depth)) + "x" + string.Concat(Enumerable.Repeat("}'", depth));
        var (tokens, diagnostics) = Support.Bicep.Lex(text);
        Assert.That(diagnostics, Is.Empty);
        Assert.That(tokens.Count(t => t.Kind == TokenKind.StringLeftPiece), Is.EqualTo(depth));
        Assert.That(tokens.Count(t => t.Kind == TokenKind.StringRightPiece), Is.EqualTo(depth));
    }

    [TestCase("'${a}'", "'${", "}'")]
    [TestCase("'x${a}y${b}z'", "'x${", "}y${", "}z'")]
    [TestCase("$'''a${x}b'''", "$'''a${", "}b'''")]
    [TestCase("$$'''${lit}$${x}'''", "$$'''${lit}$${", "}'''")]
    [TestCase("$'''$${x}'''", "$'''$${", "}'''")]
    public void Splits_interpolated_strings_into_pieces(string text, params string[] pieces)
    {
        var (tokens, diagnostics) = Support.Bicep.Lex(text);

        Assert.That(tokens.Where(t => t.Kind.ToString().StartsWith("String", StringComparison.Ordinal)).Select(t => t.Text), Is.EqualTo(pieces));
        Assert.That(diagnostics, Is.Empty);
    }

    [TestCase("'''\nfirst\nsecond'''", "first\nsecond")]
    [TestCase("'''\r\nwindows\r\n'''", "windows\r\n")]
    [TestCase("'''no leading break'''", "no leading break")]
    [TestCase("'''it''s'''", "it''s")]
    [TestCase("'''ends with quote''''", "ends with quote'")]
    [TestCase("''''''", "")]
    [TestCase("'''${x} \\n stays'''", "${x} \\n stays")]
    public void Multiline_strings_keep_their_text(string text, string value) =>
        Assert.That(SegmentValues(text), Is.EqualTo(new[] { value }));

    [TestCase(@"'a\nb'", "a\nb")]
    [TestCase(@"'a\rb'", "a\rb")]
    [TestCase(@"'a\tb'", "a\tb")]
    [TestCase(@"'a\\b'", @"a\b")]
    [TestCase(@"'it\'s'", "it's")]
    [TestCase(@"'\$'", "$")]
    [TestCase(@"'\${not a hole}'", "${not a hole}")]
    [TestCase(@"'\u{41}\u{1F600}'", "A😀")]
    [TestCase(@"'\u{10FFFF}'", "\U0010FFFF")]
    [TestCase("'\"quoted\"'", "\"quoted\"")]
    public void Decodes_escapes(string text, string value) =>
        Assert.That(SegmentValues(text), Is.EqualTo(new[] { value }));

    [TestCase(@"'a\qb'", "1:3", @"'\q'", LexerDiagnostics.InvalidEscapeCode)]
    [TestCase(@"'\u{110000}'", "1:2", @"'\u{110000}'", LexerDiagnostics.InvalidUnicodeEscapeCode)]
    [TestCase(@"'\u{}'", "1:2", @"'\u{'", LexerDiagnostics.InvalidUnicodeEscapeCode)]
    [TestCase(@"'\u0041'", "1:2", @"'\u'", LexerDiagnostics.InvalidUnicodeEscapeCode)]
    [TestCase(@"'\u{12'", "1:2", @"'\u{12'", LexerDiagnostics.InvalidUnicodeEscapeCode)]
    public void Reports_invalid_escapes_exactly(string text, string start, string quoted, string code)
    {
        var (_, diagnostics) = Support.Bicep.Lex(text);

        Assert.That(diagnostics.Select(d => (d.Code, d.Location?.Start.ToString())), Is.EqualTo(new[] { (code, start) }));
        Assert.That(diagnostics[0].Message, Does.StartWith(quoted));
    }

    [TestCase("'open", LexerDiagnostics.UnterminatedStringCode, "[0..5)")]
    [TestCase("'open\nx", LexerDiagnostics.StringLineBreakCode, "[0..5)")]
    [TestCase("'''open", LexerDiagnostics.UnterminatedMultilineStringCode, "[0..7)")]
    [TestCase("/* open", LexerDiagnostics.UnterminatedCommentCode, "[0..2)")]
    [TestCase("'a${b", LexerDiagnostics.UnterminatedInterpolationCode, "[2..4)")]
    [TestCase("'a${b\nx", LexerDiagnostics.UnterminatedInterpolationCode, "[2..4)")]
    [TestCase("$'''a${b\nx", LexerDiagnostics.UnterminatedInterpolationCode, "[5..7)")]
    [TestCase("\"text\"", LexerDiagnostics.DoubleQuoteCode, "[0..6)")]
    [TestCase("a # b", LexerDiagnostics.UnexpectedCharacterCode, "[2..3)")]
    [TestCase("a & b", LexerDiagnostics.UnexpectedCharacterCode, "[2..3)")]
    [TestCase("$x", LexerDiagnostics.UnexpectedCharacterCode, "[0..1)")]
    [TestCase("x€é y", LexerDiagnostics.UnexpectedCharacterCode, "[1..3)")]
    [TestCase("a\0b", LexerDiagnostics.UnexpectedCharacterCode, "[1..2)")]
    [TestCase("a\uFEFFb", LexerDiagnostics.UnexpectedCharacterCode, "[1..2)")]
    [TestCase("a ~~#`\\é b", LexerDiagnostics.UnexpectedCharacterCode, "[2..8)")]
    [TestCase("a $$$$ b", LexerDiagnostics.UnexpectedCharacterCode, "[2..6)")]
    public void Reports_one_diagnostic_per_lexical_error(string text, string code, string span)
    {
        var (tokens, diagnostics) = Support.Bicep.Lex(text);

        Assert.That(diagnostics.Select(d => (d.Code, d.Location?.Span.ToString())), Is.EqualTo(new[] { (code, span) }));
        Assert.That(string.Concat(tokens.Select(SyntaxPrinter.Print)), Is.EqualTo(text), "the tokens still cover the text");
    }

    [TestCase('$')]
    [TestCase('~')]
    public void A_long_run_of_stray_characters_is_one_token(char stray)
    {
        var text = "a " + new string(stray, 100_000) + " b";

        var (tokens, diagnostics) = Support.Bicep.Lex(text);

        Assert.That(tokens.Select(t => t.Kind), Is.EqualTo(new[] { TokenKind.Identifier, TokenKind.Unrecognized, TokenKind.Identifier, TokenKind.EndOfFile }));
        Assert.That(diagnostics.Select(d => d.Location?.Span.ToString()), Is.EqualTo(new[] { "[2..100002)" }));
    }

    [Test]
    public void Describes_invisible_characters_by_code_point()
    {
        // Built at run time: a lone surrogate does not survive a test-case attribute.
        var (_, diagnostics) = Support.Bicep.Lex("a\0" + (char)0xD800 + "b");

        Assert.That(diagnostics.Single().Message, Does.StartWith("Unexpected character(s) 'U+0000U+D800'"));
    }

    [Test]
    public void Byte_order_mark_at_the_start_is_whitespace()
    {
        var (tokens, diagnostics) = Support.Bicep.Lex("\uFEFFparam");

        Assert.That(diagnostics, Is.Empty);
        Assert.That(tokens[0].LeadingTrivia.Single().Kind, Is.EqualTo(TriviaKind.Whitespace));
        Assert.That(tokens[0].Span.Start, Is.EqualTo(1));
    }

    [Test]
    public void Identifiers_longer_than_255_characters_are_reported()
    {
        Assert.That(Support.Bicep.Lex(new string('a', 255)).Diagnostics, Is.Empty);
        Assert.That(Support.Bicep.Lex(new string('a', 256)).Diagnostics.Single().Code, Is.EqualTo(LexerDiagnostics.IdentifierTooLongCode));
    }

    [TestCase("a\r\nb\rc\nd", "\r\n|\r|\n")]
    [TestCase("a\n\n\r\n\rb", "\n\n\r\n\r")]
    [TestCase("a\n  \nb", "\n|\n")]
    public void Line_breaks_are_tokens_in_any_convention(string text, string newLines)
    {
        var (tokens, diagnostics) = Support.Bicep.Lex(text);

        Assert.That(string.Join("|", tokens.Where(t => t.Kind == TokenKind.NewLine).Select(t => t.Text)), Is.EqualTo(newLines));
        Assert.That(diagnostics, Is.Empty);
    }

    [Test]
    public void Comments_trail_to_the_end_of_the_line_and_lead_the_next_token()
    {
        var (tokens, _) = Support.Bicep.Lex("a // trailing\n  /* leading */ b /* multi\nline */ c");

        Assert.That(tokens[0].TrailingTrivia.Select(t => t.Kind), Is.EqualTo(new[] { TriviaKind.Whitespace, TriviaKind.SingleLineComment }));
        Assert.That(tokens[0].TrailingTrivia[1].Text, Is.EqualTo("// trailing"));
        Assert.That(tokens[1].Kind, Is.EqualTo(TokenKind.NewLine));
        Assert.That(tokens[2].LeadingTrivia.Select(t => t.Text), Is.EqualTo(new[] { "  ", "/* leading */", " " }));
        Assert.That(tokens[2].TrailingTrivia.Select(t => t.Text), Is.EqualTo(new[] { " ", "/* multi\nline */", " " }), "a comment hides its line break");
        Assert.That(tokens[3].Text, Is.EqualTo("c"));
    }

    [Test]
    public void Pragma_keeps_codes_spans_and_reason()
    {
        const string text = "  #disable-next-line ACR001 BCP081   // the preview API is needed\nresource";
        var (tokens, diagnostics) = Support.Bicep.Lex(text);

        var trivia = tokens[0].LeadingTrivia;
        Assert.That(trivia.Select(t => t.Kind), Is.EqualTo(new[] { TriviaKind.Whitespace, TriviaKind.DiagnosticsPragma }));
        var pragma = trivia[1].Pragma ?? throw new AssertionException("no pragma");
        Assert.That(pragma.Kind, Is.EqualTo(PragmaKind.DisableNextLine));
        Assert.That(pragma.Codes.Select(c => c.Code), Is.EqualTo(new[] { "ACR001", "BCP081" }));
        Assert.That(pragma.Codes.Select(c => text.Substring(c.Span.Start, c.Span.Length)), Is.EqualTo(new[] { "ACR001", "BCP081" }));
        Assert.That(pragma.Reason, Is.EqualTo("the preview API is needed"));
        Assert.That(trivia[1].Text, Is.EqualTo("#disable-next-line ACR001 BCP081   // the preview API is needed"));
        Assert.That(diagnostics, Is.Empty);
    }

    [TestCase("#disable-diagnostics no-unused-params  no-unused-vars", PragmaKind.DisableDiagnostics, "no-unused-params,no-unused-vars", null)]
    [TestCase("#restore-diagnostics ACR003", PragmaKind.RestoreDiagnostics, "ACR003", null)]
    [TestCase("#disable-next-line ACR003 //", PragmaKind.DisableNextLine, "ACR003", "")]
    [TestCase("#disable-next-line\tBCP001\t", PragmaKind.DisableNextLine, "BCP001", null)]
    [TestCase("#disable-next-line BCP037|x", PragmaKind.DisableNextLine, "BCP037|x", null)]
    [TestCase("#disable-next-line a /* why */", PragmaKind.DisableNextLine, "a", null)]
    [TestCase("#disable-next-line a b // why\r\nx", PragmaKind.DisableNextLine, "a,b", "why")]
    [TestCase("#restore-diagnostics c\rx", PragmaKind.RestoreDiagnostics, "c", null)]
    public void Recognises_every_pragma(string text, PragmaKind kind, string codes, string? reason)
    {
        var (tokens, diagnostics) = Support.Bicep.Lex(text);

        var pragma = tokens[0].LeadingTrivia.Select(t => t.Pragma).OfType<DiagnosticsPragma>().Single();
        Assert.That((pragma.Kind, string.Join(",", pragma.Codes.Select(c => c.Code)), pragma.Reason), Is.EqualTo((kind, codes, reason)));
        Assert.That(diagnostics, Is.Empty);
    }

    [TestCase("var a = 1 #disable-next-line x")]
    [TestCase("/* c */ #disable-next-line x")]
    [TestCase("#disable-next-linex y")]
    [TestCase("#madeup-directive x")]
    public void A_hash_that_is_not_a_pragma_is_unexpected(string text)
    {
        var (tokens, diagnostics) = Support.Bicep.Lex(text);

        Assert.That(tokens.SelectMany(t => t.LeadingTrivia).Any(t => t.Kind == TriviaKind.DiagnosticsPragma), Is.False);
        Assert.That(diagnostics.Single().Code, Is.EqualTo(LexerDiagnostics.UnexpectedCharacterCode));
    }

    [Test]
    public void Pragma_without_codes_is_reported_at_the_keyword()
    {
        var (_, diagnostics) = Support.Bicep.Lex("x\n#disable-next-line   // no codes\n");

        Assert.That(diagnostics.Select(d => (d.Code, d.Location?.Start.ToString(), d.Location?.Span.Length)),
            Is.EqualTo(new[] { (LexerDiagnostics.MissingPragmaCodesCode, "2:1", (int?)18) }));
    }

    private static string Kinds(string text) =>
        string.Join(" ", Support.Bicep.Lex(text).Tokens
            .Where(t => t.Kind != TokenKind.EndOfFile)
            .Select(t => TokenFacts.FixedText(t.Kind) ?? t.Kind.ToString()));

    private static IEnumerable<string> SegmentValues(string text)
    {
        var (tokens, diagnostics) = Support.Bicep.Lex(text);
        Assert.That(diagnostics, Is.Empty);
        return StringLiteral.TryGetSegmentValues([.. tokens.Where(t => t.Kind != TokenKind.EndOfFile)]) ?? throw new AssertionException("malformed string");
    }
}
