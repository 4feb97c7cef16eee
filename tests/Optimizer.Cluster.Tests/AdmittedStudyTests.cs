using Optimizer.Cluster.Protocol;
using Optimizer.Cluster.Workers;

namespace Optimizer.Cluster.Tests;

/// <summary>A worker node takes the study a coordinator admits it to as untrusted text: what would become a path or a message is checked first.</summary>
public sealed class AdmittedStudyTests
{
    private const string StudyId = "5f0c9e2a7b3d41e8a6c2d9f0b1e4a7c3";

    [Fact]
    public void A_well_formed_admission_becomes_the_study_the_node_parses()
    {
        Assert.True(AdmittedStudy.TryFrom(new Admitted("parameters: []", StudyId, "ttbar scan.yaml", "ttbar scan"), out var study, out _));

        Assert.Equal(new AdmittedStudy("parameters: []", StudyId, "ttbar scan.yaml", "ttbar scan"), study);
        Assert.Equal("ttbar scan.yaml (from the coordinator)", study.OriginInErrors);
    }

    [Theory]
    [InlineData("../../.ssh/authorized_keys", "its study file's name")]
    [InlineData("/etc/passwd", "its study file's name")]
    [InlineData("studies\\scan.yaml", "its study file's name")]
    [InlineData("scan.yaml\nerror: forged line", "its study file's name")]
    [InlineData("..", "its study file's name")]
    [InlineData("", "its study file's name")]
    [InlineData(null, "its study file's name")]
    public void An_origin_that_is_not_one_printable_file_name_refuses_the_study(string? origin, string reason)
    {
        Assert.False(AdmittedStudy.TryFrom(new Admitted("parameters: []", StudyId, origin!, "scan"), out _, out var refused));

        Assert.Contains(reason, refused);
        Assert.DoesNotContain("\n", refused);
    }

    [Fact]
    public void An_origin_longer_than_a_file_name_refuses_the_study()
    {
        var origin = new string('a', AdmittedStudy.MaxOriginLength - 5) + ".yaml";

        Assert.True(AdmittedStudy.TryFrom(new Admitted("parameters: []", StudyId, origin, "scan"), out _, out _));
        Assert.False(AdmittedStudy.TryFrom(new Admitted("parameters: []", StudyId, "a" + origin, "scan"), out _, out var refused));
        Assert.Contains("at most 255 characters", refused);
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData(" ")]
    [InlineData(null)]
    public void A_study_name_that_cannot_name_a_directory_refuses_the_study(string? name)
    {
        Assert.False(AdmittedStudy.TryFrom(new Admitted("parameters: []", StudyId, "scan.yaml", name!), out _, out var refused));

        Assert.Contains("as the study's name, which cannot name a study", refused);
    }

    [Fact]
    public void A_store_identity_that_is_not_one_refuses_the_study()
    {
        Assert.False(AdmittedStudy.TryFrom(new Admitted("parameters: []", "../../x", "scan.yaml", "scan"), out _, out var refused));

        Assert.Contains("as its store's identity, which is not one", refused);
    }
}
