using OncoExplain.BrowserTests.Support;

[assembly: AssemblyFixture(typeof(ChromiumFixture))]
