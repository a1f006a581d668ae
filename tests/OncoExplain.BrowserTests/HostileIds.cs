namespace OncoExplain.BrowserTests;

/// <summary>
/// Caller labels that would run script, add markup or reach the network if the page did not escape them. Each one that
/// could run code sets <see cref="Sentinel"/> or opens a dialog, so a test can see whether it ran.
/// </summary>
internal static class HostileIds
{
    public const string Sentinel = "__oncoexplainInjected";

    public static readonly string[] All =
    [
        $"<script>window.{Sentinel}=1;alert('script')</script>",
        $"<img src=x onerror=\"window.{Sentinel}=1;alert('img')\">",
        $"<a href=\"javascript:window.{Sentinel}=1\" id=\"injected-link\">click me</a>",
        $"</title><script>window.{Sentinel}=1</script><title>",
        $"</p></header></main><script>window.{Sentinel}=1</script>",
        $"\" onmouseover=\"window.{Sentinel}=1\" data-x=\"",
        $"' autofocus onfocus='window.{Sentinel}=1' x='",
        $"<svg onload=\"window.{Sentinel}=1\"><circle r=\"4\"/></svg>",
        $"<iframe srcdoc=\"<script>parent.{Sentinel}=1</script>\"></iframe>",
        $"<details open ontoggle=\"window.{Sentinel}=1\">x</details>",
        "<style>body{display:none}</style><link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\"><base href=\"https://evil.example/\">",
        "&lt;script&gt; &amp;amp; &#60;b&#62; &quot; &#x27; &nbsp;",
        "<!-- unclosed comment <![CDATA[ ]]> <textarea> <plaintext>",
        "patient \u202Eevil\u202C \u2066isolated\u2069 \u200Fmark\u200E zero\u200Bwidth",
        "Ünïcödé — 患者 — مريض — 🩺 — ﷽",
        string.Concat(Enumerable.Repeat("<b>x</b>", 25)),
        string.Concat(Enumerable.Repeat("A", TumourProfile.MaxIdLength - "<script>".Length)) + "<script>",
    ];
}
