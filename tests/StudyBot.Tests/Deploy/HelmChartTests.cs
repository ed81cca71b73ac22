namespace StudyBot.Tests.Deploy;

/// <summary>Renders <c>deploy/helm/studybot</c> (with <see cref="HelmTemplate"/>; see docs/deploy.md for why not the
/// helm binary) and checks the Kubernetes objects an operator relies on.</summary>
public sealed class HelmChartTests
{
    private static readonly string ChartDir = RepoRoot.Combine("deploy", "helm", "studybot");
    private static readonly string[] SecretKeys = ["MicrosoftAppPassword", "Slack__SigningSecret", "Slack__BotToken", "ConnectionStrings__Tables", "Admin__ApiKey"];

    [Fact]
    public void The_default_render_has_a_deployment_service_configmap_secret_and_pdb_but_no_ingress()
    {
        var objects = Render();
        Assert.Equal(["ConfigMap", "Deployment", "PodDisruptionBudget", "Secret", "Service"], objects.Keys.Order());
        Assert.All(objects.Values, o => Assert.Equal("rel-studybot", Map(o, "metadata")["name"]));
        Assert.All(objects.Values, o => Assert.Equal("rel", Map(o, "metadata", "labels")["app.kubernetes.io/instance"]));
    }

    [Fact]
    public void The_deployment_runs_two_non_root_replicas_with_probes_resources_and_a_graceful_stop()
    {
        var deployment = Render()["Deployment"];
        var spec = Map(deployment, "spec");
        Assert.True((long)spec["replicas"]! >= 2);
        Assert.Equal(0L, Map(spec, "strategy", "rollingUpdate")["maxUnavailable"]);

        var pod = Map(spec, "template", "spec");
        Assert.Equal(true, Map(pod, "securityContext")["runAsNonRoot"]);
        Assert.NotEqual(0L, Map(pod, "securityContext")["runAsUser"]);
        Assert.Equal(false, pod["automountServiceAccountToken"]);
        Assert.True((long)pod["terminationGracePeriodSeconds"]! > 20, "longer than the service's own 20 s shutdown timeout");

        var container = Assert.Single(List(pod, "containers")).AsMap();
        Assert.Equal("studybot", container["name"]);
        Assert.Equal(false, Map(container, "securityContext")["allowPrivilegeEscalation"]);
        Assert.Equal(true, Map(container, "securityContext")["readOnlyRootFilesystem"]);
        Assert.Equal(["ALL"], List(Map(container, "securityContext"), "capabilities", "drop"));
        Assert.Equal("/readyz", Map(container, "readinessProbe", "httpGet")["path"]);
        Assert.Equal("/healthz", Map(container, "livenessProbe", "httpGet")["path"]);
        Assert.Equal("http", Map(container, "readinessProbe", "httpGet")["port"]);
        Assert.NotNull(Map(container, "resources", "requests")["memory"]);
        Assert.NotNull(Map(container, "resources", "limits")["memory"]);
        Assert.Equal(5L, Map(container, "lifecycle", "preStop", "sleep")["seconds"]);

        var port = Assert.Single(List(container, "ports")).AsMap();
        Assert.Equal("http", port["name"]);
        var urls = Env(container).Single(e => (string)e["name"]! == "ASPNETCORE_URLS");
        Assert.Equal($"http://0.0.0.0:{port["containerPort"]}", urls["value"]);

        // The selector picks the pod template's labels, and the pods spread over nodes.
        var selector = Map(spec, "selector", "matchLabels");
        Assert.All(selector, kv => Assert.Equal(kv.Value, Map(spec, "template", "metadata", "labels")[kv.Key]));
        Assert.Equal(selector, Map(List(pod, "topologySpreadConstraints")[0].AsMap(), "labelSelector", "matchLabels"));
    }

    [Fact]
    public void Settings_come_from_the_configmap_and_credentials_from_the_secret()
    {
        var objects = Render(("secret.values", new Dictionary<string, object?> { ["Admin__ApiKey"] = "k" }));
        var container = List(Map(objects["Deployment"], "spec", "template", "spec"), "containers")[0].AsMap();

        Assert.Equal("rel-studybot", Map(List(container, "envFrom")[0].AsMap(), "configMapRef")["name"]);
        var data = Map(objects["ConfigMap"], "data");
        Assert.All(data.Values, v => Assert.IsType<string>(v)); // ConfigMap values must be strings, even "true"/"1"
        Assert.Equal("Production", data["ASPNETCORE_ENVIRONMENT"]);
        Assert.DoesNotContain(data.Keys, k => SecretKeys.Contains(k));

        foreach (var key in SecretKeys)
        {
            var env = Env(container).Single(e => (string)e["name"]! == key);
            var reference = Map(env, "valueFrom", "secretKeyRef");
            Assert.Equal("rel-studybot", reference["name"]);
            Assert.Equal(key, reference["key"]);
            Assert.Equal(true, reference["optional"]); // an unset credential leaves the appsettings.json default
        }

        Assert.Equal("k", Map(objects["Secret"], "stringData")["Admin__ApiKey"]);
    }

    [Fact]
    public void An_existing_secret_is_referenced_and_none_is_created()
    {
        var objects = Render(("secret.existingSecret", "studybot-credentials"));
        Assert.False(objects.ContainsKey("Secret"));
        var container = List(Map(objects["Deployment"], "spec", "template", "spec"), "containers")[0].AsMap();
        Assert.All(Env(container).Where(e => e.ContainsKey("valueFrom")), e => Assert.Equal("studybot-credentials", Map(e, "valueFrom", "secretKeyRef")["name"]));
    }

    [Fact]
    public void Service_and_pdb_select_the_deployment_pods()
    {
        var objects = Render();
        var podLabels = Map(objects["Deployment"], "spec", "selector", "matchLabels");
        Assert.Equal(podLabels, Map(objects["Service"], "spec", "selector"));
        Assert.Equal("http", List(Map(objects["Service"], "spec"), "ports")[0].AsMap()["targetPort"]);
        Assert.Equal(podLabels, Map(objects["PodDisruptionBudget"], "spec", "selector", "matchLabels"));
        Assert.True((long)Map(objects["PodDisruptionBudget"], "spec")["minAvailable"]! < (long)Map(objects["Deployment"], "spec")["replicas"]!);
    }

    [Fact]
    public void The_ingress_routes_its_host_to_the_service_when_enabled()
    {
        var objects = Render(("ingress.enabled", true), ("ingress.className", "nginx"), ("ingress.host", "bot.example.org"));
        var spec = Map(objects["Ingress"], "spec");
        Assert.Equal("nginx", spec["ingressClassName"]);
        var rule = List(spec, "rules")[0].AsMap();
        Assert.Equal("bot.example.org", rule["host"]);
        var backend = Map(List(Map(rule, "http"), "paths")[0].AsMap(), "backend", "service");
        Assert.Equal("rel-studybot", backend["name"]);
        Assert.Equal("http", Map(backend, "port")["name"]);
    }

    [Fact]
    public void The_renderer_refuses_template_syntax_it_does_not_check()
    {
        var dir = Directory.CreateTempSubdirectory("chart-");
        try
        {
            File.Copy(Path.Combine(ChartDir, "Chart.yaml"), Path.Combine(dir.FullName, "Chart.yaml"));
            File.WriteAllText(Path.Combine(dir.FullName, "values.yaml"), "items: [a]\n");
            Directory.CreateDirectory(Path.Combine(dir.FullName, "templates"));
            File.WriteAllText(Path.Combine(dir.FullName, "templates", "x.yaml"), "{{ range .Values.items }}{{ . }}{{ end }}\n");
            Assert.Throws<NotSupportedException>(() => HelmTemplate.RenderChart(dir.FullName, "rel"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Renders the chart and parses every manifest, keyed by kind.</summary>
    private static Dictionary<string, Dictionary<string, object?>> Render(params (string Path, object? Value)[] overrides)
    {
        var rendered = HelmTemplate.RenderChart(ChartDir, "rel", overrides.ToDictionary(o => o.Path, o => o.Value));
        var objects = new Dictionary<string, Dictionary<string, object?>>();
        foreach (var (file, text) in rendered)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var manifest = HelmTemplate.ReadYaml(text) as Dictionary<string, object?> ?? throw new Xunit.Sdk.XunitException(file + " is not a YAML mapping");
            Assert.True(manifest.ContainsKey("apiVersion"), file);
            objects.Add((string)manifest["kind"]!, manifest);
        }

        return objects;
    }

    private static Dictionary<string, object?> Map(Dictionary<string, object?> node, params string[] path)
    {
        foreach (var key in path)
        {
            Assert.True(node.TryGetValue(key, out var next), $"missing key '{key}'");
            node = Assert.IsType<Dictionary<string, object?>>(next);
        }

        return node;
    }

    private static List<object?> List(Dictionary<string, object?> node, params string[] path) =>
        Assert.IsType<List<object?>>(Map(node, path[..^1])[path[^1]]);

    private static IEnumerable<Dictionary<string, object?>> Env(Dictionary<string, object?> container) =>
        List(container, "env").Select(e => e.AsMap());
}

internal static class YamlNodeExtensions
{
    public static Dictionary<string, object?> AsMap(this object? node) => Assert.IsType<Dictionary<string, object?>>(node);
}
