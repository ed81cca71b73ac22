namespace StudyBot.Tests.Deploy;

/// <summary>Renders <c>deploy/helm/studybot</c> (with <see cref="HelmTemplate"/>; see docs/deploy.md for why not the
/// helm binary) and checks the Kubernetes objects an operator relies on.</summary>
public sealed class HelmChartTests
{
    private static readonly string ChartDir = RepoRoot.Combine("deploy", "helm", "studybot");
    private static readonly string[] SecretKeys = ["MicrosoftAppPassword", "Slack__SigningSecret", "Slack__BotToken", "Slack__ClientSecret", "Slack__TokenEncryptionKey", "ConnectionStrings__Tables", "Admin__ApiKey", "Guides__FeedbackKey"];
    private static readonly string[] PublicPaths = ["/api/messages", "/api/slack", "/guides", "/privacy", "/terms"];

    [Fact]
    public void The_default_render_has_a_deployment_service_configmap_secret_service_account_and_pdb_but_no_ingress()
    {
        var objects = Render();
        Assert.Equal(["ConfigMap", "Deployment", "PodDisruptionBudget", "Secret", "Service", "ServiceAccount"], objects.Keys.Order());
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

        // /readyz queries table storage and gives up after 3 s (then answers 503 with the reason): the probe waits longer.
        Assert.True((long)Map(container, "readinessProbe")["timeoutSeconds"]! > 3);
        Assert.All(new[] { "livenessProbe", "startupProbe" }, p => Assert.True((long)Map(container, p)["timeoutSeconds"]! >= 1));
        Assert.True((long)pod["terminationGracePeriodSeconds"]! >= 20 + 5, "the shutdown timeout plus the preStop sleep");

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
    public void The_ingress_routes_only_the_public_paths_to_the_service()
    {
        var objects = Render(("ingress.enabled", true), ("ingress.className", "nginx"), ("ingress.host", "bot.example.org"));
        var spec = Map(objects["Ingress"], "spec");
        Assert.Equal("nginx", spec["ingressClassName"]);
        var rule = List(spec, "rules")[0].AsMap();
        Assert.Equal("bot.example.org", rule["host"]);
        var paths = List(Map(rule, "http"), "paths").Select(p => p.AsMap()).ToList();
        Assert.Equal(PublicPaths.Order(), paths.Select(p => (string)p["path"]!).Order());
        Assert.Equal("Exact", paths.Single(p => (string)p["path"]! == "/api/messages")["pathType"]);
        Assert.All(paths, p =>
        {
            var backend = Map(p, "backend", "service");
            Assert.Equal("rel-studybot", backend["name"]);
            Assert.Equal("http", Map(backend, "port")["name"]);
        });
    }

    [Theory]
    [InlineData("webChat", new[] { "/", "/webchat", "/v3/directline" })]
    [InlineData("ask", new[] { "/api/ask" })]
    [InlineData("operator", new[] { "/api/admin", "/api/cohorts", "/dashboard" })]
    public void The_operator_api_dashboard_web_chat_and_search_stay_internal_unless_a_value_opens_them(string expose, string[] added)
    {
        var closed = IngressPaths(Render(("ingress.enabled", true)));
        Assert.Empty(closed.Intersect(added));
        var open = IngressPaths(Render(("ingress.enabled", true), ("ingress.expose." + expose, true)));
        Assert.Equal(PublicPaths.Concat(added).Order(), open.Order());
        Assert.DoesNotContain(open, p => p.StartsWith("/v3/conversations", StringComparison.Ordinal)); // the loopback connector routes never leave the pod
    }

    [Fact]
    public void Forwarded_headers_are_trusted_only_from_the_cluster_networks_never_from_any_caller()
    {
        var settings = ForwardedHeaderSettings();
        var networks = settings.Where(kv => kv.Key.StartsWith("ForwardedHeaders:KnownNetworks:", StringComparison.Ordinal)).Select(kv => System.Net.IPNetwork.Parse(kv.Value!)).ToList();
        Assert.NotEmpty(networks);
        Assert.All(networks, n => Assert.True(n.PrefixLength >= 8, $"{n} is wider than a private range"));
        Assert.DoesNotContain(networks, n => n.Contains(IPAddress.Parse("203.0.113.7"))); // a public client
        Assert.DoesNotContain("ASPNETCORE_FORWARDEDHEADERS_ENABLED", Map(Render()["ConfigMap"], "data").Keys);
        var everyone = HelmValuesSchema.Validate(HelmTemplate.Values(ChartDir, new Dictionary<string, object?> { ["config.ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true" }));
        Assert.Contains(everyone, e => e.Contains("ASPNETCORE_FORWARDEDHEADERS_ENABLED", StringComparison.Ordinal));
    }

    [Fact]
    public void A_storage_blip_shorter_than_half_a_minute_does_not_take_a_pod_out_of_rotation()
    {
        // /readyz is 503 while storage does not answer (the contract); the probe's patience keeps a short blip from
        // emptying the service of every replica at once (docs/deploy.md: readiness and storage).
        var probe = Map(List(Map(Render()["Deployment"], "spec", "template", "spec"), "containers")[0].AsMap(), "readinessProbe");
        Assert.True((long)probe["periodSeconds"]! * (long)probe["failureThreshold"]! >= 30);
    }

    /// <summary>A setting of one of the default render's probes (<c>readinessProbe</c>, <c>timeoutSeconds</c>).</summary>
    public static long ProbeSetting(string probe, string key) =>
        (long)Map(List(Map(Render()["Deployment"], "spec", "template", "spec"), "containers")[0].AsMap(), probe)[key]!;

    /// <summary>The <c>ForwardedHeaders</c> settings of the default render, as the service reads them (<c>__</c> → <c>:</c>).</summary>
    public static Dictionary<string, string?> ForwardedHeaderSettings() => ConfigMapSettings("ForwardedHeaders__");

    /// <summary>The ConfigMap's settings whose names start with <paramref name="prefix"/>, as the service reads them
    /// (<c>__</c> → <c>:</c>), rendered with <paramref name="overrides"/>.</summary>
    public static Dictionary<string, string?> ConfigMapSettings(string prefix, params (string Path, object? Value)[] overrides) =>
        Map(Render(overrides)["ConfigMap"], "data").Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(kv => kv.Key.Replace("__", ":", StringComparison.Ordinal), kv => (string?)kv.Value);

    [Fact]
    public void Guide_links_point_at_the_public_host_and_the_chart_refuses_to_render_without_one()
    {
        var values = new Dictionary<string, object?> { ["ingress.enabled"] = true, ["ingress.host"] = "studybot.example.org" };
        var derived = HelmTemplate.ReadYaml(HelmTemplate.RenderChart(ChartDir, "rel", values)["configmap.yaml"]).AsMap();
        Assert.Equal("https://studybot.example.org/guides/", Map(derived, "data")["Guides__BaseUrl"]);

        var given = Render(("guides.baseUrl", "https://docs.example.org/study/"));
        Assert.Equal("https://docs.example.org/study/", Map(given["ConfigMap"], "data")["Guides__BaseUrl"]);

        var refused = Assert.Throws<HelmFailException>(() => HelmTemplate.RenderChart(ChartDir, "rel"));
        Assert.Contains("guides.baseUrl", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_setting_or_credential_rolls_the_pods()
    {
        static string Checksum(Dictionary<string, Dictionary<string, object?>> o, string name) => (string)Map(o["Deployment"], "spec", "template", "metadata", "annotations")[name]!;
        var before = Render();
        var config = Render(("config.Reminders__TimeZone", "Asia/Tokyo"));
        var secret = Render(("secret.values", new Dictionary<string, object?> { ["Admin__ApiKey"] = "rotated" }));

        Assert.Matches("^[0-9a-f]{64}$", Checksum(before, "checksum/config"));
        Assert.NotEqual(Checksum(before, "checksum/config"), Checksum(config, "checksum/config"));
        Assert.Equal(Checksum(before, "checksum/secret"), Checksum(config, "checksum/secret"));
        Assert.NotEqual(Checksum(before, "checksum/secret"), Checksum(secret, "checksum/secret"));
        Assert.Equal(Checksum(before, "checksum/config"), Checksum(secret, "checksum/config"));

        // A Secret the chart does not own has no checksum to take (its rotation is the secret store's job).
        Assert.DoesNotContain("checksum/secret", Map(Render(("secret.existingSecret", "s"))["Deployment"], "spec", "template", "metadata", "annotations").Keys);
    }

    [Fact]
    public void Workload_identity_needs_no_secret_and_labels_the_pods_and_service_account_for_the_webhook()
    {
        const string AppId = "6f1c1b2a-0d6e-4c1b-9a53-5b0c7e3d2f10";
        const string Tenant = "1b6f5e1e-7c55-4c83-9a35-2f0f3e9e4d21";
        var objects = Render(("bot.auth", "WorkloadIdentity"), ("bot.appId", AppId), ("bot.tenantId", Tenant));

        var account = objects["ServiceAccount"];
        Assert.Equal(AppId, Map(account, "metadata", "annotations")["azure.workload.identity/client-id"]);
        Assert.Equal(Tenant, Map(account, "metadata", "annotations")["azure.workload.identity/tenant-id"]);
        var pod = Map(objects["Deployment"], "spec", "template");
        Assert.Equal("true", Map(pod, "metadata", "labels")["azure.workload.identity/use"]);
        Assert.Equal(Map(account, "metadata")["name"], Map(pod, "spec")["serviceAccountName"]);

        var data = Map(objects["ConfigMap"], "data");
        Assert.Equal("WorkloadIdentity", data["Connections__ServiceConnection__Settings__AuthType"]);
        Assert.Equal(AppId, data["Connections__ServiceConnection__Settings__ClientId"]);
        Assert.DoesNotContain(data.Keys, k => k.StartsWith("MicrosoftApp", StringComparison.Ordinal)); // one naming scheme only
        var container = List(Map(pod, "spec"), "containers")[0].AsMap();
        Assert.DoesNotContain(Env(container), e => (string)e["name"]! == "MicrosoftAppPassword");

        // The default (client secret) keeps the Bot Framework names and no webhook label.
        var secretAuth = Render(("bot.appId", AppId), ("bot.tenantId", Tenant));
        Assert.Equal("SingleTenant", Map(secretAuth["ConfigMap"], "data")["MicrosoftAppType"]);
        Assert.DoesNotContain("azure.workload.identity/use", Map(secretAuth["Deployment"], "spec", "template", "metadata", "labels").Keys);
    }

    [Fact]
    public void A_certificate_credential_names_the_mounted_file_in_the_agents_sdk_names_and_needs_no_password()
    {
        const string AppId = "6f1c1b2a-0d6e-4c1b-9a53-5b0c7e3d2f10";
        var objects = Render(("bot.auth", "Certificate"), ("bot.appId", AppId), ("bot.tenantId", "1b6f5e1e-7c55-4c83-9a35-2f0f3e9e4d21"), ("bot.certificatePath", "/mnt/cert/studybot.pem"));
        var data = Map(objects["ConfigMap"], "data");
        Assert.Equal(("Certificate", AppId, "/mnt/cert/studybot.pem"), ((string)data["Connections__ServiceConnection__Settings__AuthType"]!, (string)data["Connections__ServiceConnection__Settings__ClientId"]!, (string)data["Connections__ServiceConnection__Settings__CertificatePath"]!));
        Assert.DoesNotContain(data.Keys, k => k.StartsWith("MicrosoftApp", StringComparison.Ordinal)); // one naming scheme only
        Assert.DoesNotContain(Env(List(Map(objects["Deployment"], "spec", "template", "spec"), "containers")[0].AsMap()), e => (string)e["name"]! == "MicrosoftAppPassword");

        var refused = Assert.Throws<HelmFailException>(() => Render(("bot.auth", "Certificate"), ("bot.appId", AppId)));
        Assert.Contains("bot.certificatePath", refused.Message, StringComparison.Ordinal);
        Assert.Contains(HelmValuesSchema.Validate(HelmTemplate.Values(ChartDir, new Dictionary<string, object?> { ["bot.certificatePath"] = "cert.pem" })), e => e.Contains("certificatePath", StringComparison.Ordinal));
    }

    [Fact]
    public void Autoscaling_replaces_the_fixed_replica_count_with_an_hpa()
    {
        var objects = Render(("autoscaling.enabled", true), ("autoscaling.minReplicas", 3L), ("autoscaling.maxReplicas", 9L), ("autoscaling.targetMemoryUtilizationPercentage", 80L));
        Assert.False(Map(objects["Deployment"], "spec").ContainsKey("replicas"));
        var spec = Map(objects["HorizontalPodAutoscaler"], "spec");
        Assert.Equal("rel-studybot", Map(spec, "scaleTargetRef")["name"]);
        Assert.Equal((3L, 9L), ((long)spec["minReplicas"]!, (long)spec["maxReplicas"]!));
        Assert.Equal(["cpu", "memory"], List(spec, "metrics").Select(m => (string)Map(m.AsMap(), "resource")["name"]!));
        Assert.True((long)Map(objects["PodDisruptionBudget"], "spec")["minAvailable"]! < 3);
    }

    [Fact]
    public void The_pre_stop_sleep_action_matches_the_charts_minimum_kubernetes_version()
    {
        // The native sleep action is on by default from Kubernetes 1.30; the image has no shell for `exec: sleep`.
        var chart = HelmTemplate.ReadYaml(File.ReadAllText(Path.Combine(ChartDir, "Chart.yaml"))).AsMap();
        var minimum = System.Text.RegularExpressions.Regex.Match((string)chart["kubeVersion"]!, @">=\s*(\d+)\.(\d+)");
        Assert.True(minimum.Success);
        Assert.True(int.Parse(minimum.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) * 100 + int.Parse(minimum.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) >= 130);
        var container = List(Map(Render()["Deployment"], "spec", "template", "spec"), "containers")[0].AsMap();
        Assert.True(Map(container, "lifecycle", "preStop").ContainsKey("sleep"));
    }

    [Fact]
    public void Every_non_default_value_renders_and_fits_the_values_schema()
    {
        var values = KitchenSink();
        Assert.Empty(HelmValuesSchema.Validate(HelmTemplate.Values(ChartDir, values)));
        var objects = Render([.. values.Select(kv => (kv.Key, kv.Value))]);
        Assert.Equal(["ConfigMap", "Deployment", "HorizontalPodAutoscaler", "Ingress", "Service"], objects.Keys.Order());

        var deployment = objects["Deployment"];
        Assert.Equal("studybot-prod", Map(deployment, "metadata")["name"]);
        var template = Map(deployment, "spec", "template");
        Assert.Equal("platform", Map(template, "metadata", "labels")["team"]);
        Assert.Equal("true", Map(template, "metadata", "annotations")["prometheus.io/scrape"]);
        var pod = Map(template, "spec");
        Assert.Equal("studybot-sa", pod["serviceAccountName"]);
        Assert.Equal("regcred", List(pod, "imagePullSecrets")[0].AsMap()["name"]);
        Assert.Equal(45L, pod["terminationGracePeriodSeconds"]);
        Assert.Equal("system", Map(pod, "nodeSelector")["agentpool"]);
        Assert.Equal("dedicated", List(pod, "tolerations")[0].AsMap()["key"]);
        Assert.True(Map(pod, "affinity").ContainsKey("podAntiAffinity"));
        Assert.Equal(["guides", "kv-cert", "tmp"], List(pod, "volumes").Select(v => (string)v.AsMap()["name"]!).Order());
        Assert.Equal("guides-pvc", Map(List(pod, "volumes").Select(v => v.AsMap()).Single(v => (string)v["name"]! == "guides"), "persistentVolumeClaim")["claimName"]);

        var container = List(pod, "containers")[0].AsMap();
        Assert.Equal("registry.example.org/studybot@sha256:" + new string('a', 64), container["image"]);
        Assert.Equal("Always", container["imagePullPolicy"]);
        Assert.Equal(9090L, List(container, "ports")[0].AsMap()["containerPort"]);
        Assert.Equal("http://0.0.0.0:9090", Env(container).Single(e => (string)e["name"]! == "ASPNETCORE_URLS")["value"]);
        Assert.Equal("https://x.table.core.windows.net", Env(container).Single(e => (string)e["name"]! == "Storage__Endpoint")["value"]);
        Assert.Equal("APPLICATIONINSIGHTS_CONNECTION_STRING", Map(Env(container).Single(e => (string)e["name"]! == "APPLICATIONINSIGHTS_CONNECTION_STRING"), "valueFrom", "secretKeyRef")["key"]);
        Assert.All(Env(container).Where(e => e.ContainsKey("valueFrom")), e => Assert.Equal("vault-synced", Map(e, "valueFrom", "secretKeyRef")["name"]));
        Assert.Equal(["/guides-mounted", "/mnt/cert", "/tmp"], List(container, "volumeMounts").Select(m => (string)m.AsMap()["mountPath"]!).Order());
        Assert.Equal((7L, 6L, 2L), ((long)Map(container, "readinessProbe")["periodSeconds"]!, (long)Map(container, "readinessProbe")["timeoutSeconds"]!, (long)Map(container, "readinessProbe")["failureThreshold"]!));
        Assert.Equal(30L, Map(container, "livenessProbe")["periodSeconds"]);
        Assert.Equal(60L, Map(container, "startupProbe")["failureThreshold"]);
        Assert.Equal("1", Map(container, "resources", "limits")["cpu"]);
        Assert.Equal(10L, Map(container, "lifecycle", "preStop", "sleep")["seconds"]);

        var data = Map(objects["ConfigMap"], "data");
        Assert.Equal("/guides-mounted", data["Guides__Path"]);
        Assert.Equal("https://docs.example.org/guides/", data["Guides__BaseUrl"]);
        Assert.Equal("true", data["Telemetry__AzureMonitor"]);
        Assert.Equal("UserAssignedMSI", data["MicrosoftAppType"]);
        Assert.Equal("Asia/Tokyo", data["Reminders__TimeZone"]);

        var service = Map(objects["Service"], "spec");
        Assert.Equal(("LoadBalancer", 8081L), ((string)service["type"]!, (long)List(service, "ports")[0].AsMap()["port"]!));
        var ingress = objects["Ingress"];
        Assert.Equal("letsencrypt", Map(ingress, "metadata", "annotations")["cert-manager.io/cluster-issuer"]);
        Assert.Equal("studybot-tls", List(Map(ingress, "spec"), "tls")[0].AsMap()["secretName"]);
        Assert.Equal("bot.example.com", List(Map(ingress, "spec"), "rules")[0].AsMap()["host"]);

        // The service account is not created, but the chart still uses the named one (and the webhook label).
        Assert.Equal("true", Map(template, "metadata", "labels")["azure.workload.identity/use"]);
    }

    [Fact]
    public void The_values_schema_refuses_values_that_would_not_work()
    {
        Assert.Empty(HelmValuesSchema.Validate(HelmTemplate.Values(ChartDir)));
        foreach (var (path, value, named) in new (string, object?, string)[]
                 {
                     ("replicaCount", "two", "replicaCount"),
                     ("bot.auth", "ClientCertificate", "auth"),
                     ("bot.appId", "not-a-guid", "appId"),
                     ("image.digest", "latest", "digest"),
                     ("config.MicrosoftAppId", "6f1c1b2a-0d6e-4c1b-9a53-5b0c7e3d2f10", "config"),
                     ("config.Reminders__TimeZone", 9L, "Reminders__TimeZone"),
                     ("probes.readiness.timeoutSeconds", 0L, "timeoutSeconds"),
                     ("ingress.expose.everything", true, "everything"),
                     ("replicas", 3L, "replicas"),
                     ("config.Slack__ClientSecret", "cs", "Slack__ClientSecret"),
                     ("config.Guides__FeedbackKey", "fk", "Guides__FeedbackKey"),
                     ("secret.values.Admin_ApiKey", "typo", "Admin_ApiKey"), // would reach no container
                 })
        {
            var errors = HelmValuesSchema.Validate(HelmTemplate.Values(ChartDir, new Dictionary<string, object?> { [path] = value }));
            Assert.True(errors.Count > 0, $"{path}={value} passed the schema");
            Assert.Contains(errors, e => e.Contains(named, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_values_the_kitchen_sink_switches_off_render_when_their_switch_is_on()
    {
        // The kitchen sink uses an existing service account and Secret, no PDB, and a guides volume (which wins over a
        // ConfigMap): here the other side of each switch, so no non-default value goes unrendered.
        const string AppId = "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";
        const string ClientId = "0c7d3a3e-5b7b-4f3e-9a61-1d2f6f0c9e11";
        var values = new Dictionary<string, object?>
        {
            ["bot.appId"] = AppId,
            ["bot.tenantId"] = "1b6f5e1e-7c55-4c83-9a35-2f0f3e9e4d21",
            ["workloadIdentity.enabled"] = true,
            ["workloadIdentity.clientId"] = ClientId,
            ["serviceAccount.name"] = "studybot-sa",
            ["serviceAccount.annotations"] = new Dictionary<string, object?> { ["owner"] = "platform" },
            ["serviceAccount.labels"] = new Dictionary<string, object?> { ["team"] = "platform" },
            ["replicaCount"] = 4L,
            ["podDisruptionBudget.minAvailable"] = 2L,
            ["guides.configMap"] = "study-guides",
            ["secret.values"] = new Dictionary<string, object?> { ["Slack__ClientSecret"] = "client-secret", ["Guides__FeedbackKey"] = "feedback-key" },
        };
        Assert.Empty(HelmValuesSchema.Validate(HelmTemplate.Values(ChartDir, values)));
        var objects = Render([.. values.Select(kv => (kv.Key, kv.Value))]);

        var account = Map(objects["ServiceAccount"], "metadata");
        Assert.Equal("studybot-sa", account["name"]);
        Assert.Equal(ClientId, Map(account, "annotations")["azure.workload.identity/client-id"]); // not bot.appId
        Assert.Equal("platform", Map(account, "annotations")["owner"]);
        Assert.Equal("platform", Map(account, "labels")["team"]);
        var template = Map(objects["Deployment"], "spec", "template");
        Assert.Equal("studybot-sa", Map(template, "spec")["serviceAccountName"]);
        Assert.Equal("true", Map(template, "metadata", "labels")["azure.workload.identity/use"]);
        Assert.Equal("SingleTenant", Map(objects["ConfigMap"], "data")["MicrosoftAppType"]); // the bot keeps its secret; the pod also gets an identity

        Assert.Equal(2L, Map(objects["PodDisruptionBudget"], "spec")["minAvailable"]);

        var guides = List(Map(template, "spec"), "volumes").Select(v => v.AsMap()).Single(v => (string)v["name"]! == "guides");
        Assert.Equal("study-guides", Map(guides, "configMap")["name"]);
        var mount = List(List(Map(template, "spec"), "containers")[0].AsMap(), "volumeMounts").Select(m => m.AsMap()).Single(m => (string)m["name"]! == "guides");
        Assert.Equal(("/guides-mounted", true), ((string)mount["mountPath"]!, (bool)mount["readOnly"]!));
        Assert.Equal("/guides-mounted", Map(objects["ConfigMap"], "data")["Guides__Path"]);

        Assert.Equal(("client-secret", "feedback-key"), ((string)Map(objects["Secret"], "stringData")["Slack__ClientSecret"]!, (string)Map(objects["Secret"], "stringData")["Guides__FeedbackKey"]!));
        Assert.Matches("^[0-9a-f]{64}$", (string)Map(template, "metadata", "annotations")["checksum/secret"]!);
    }

    /// <summary>Every value of values.yaml set to something other than its default.</summary>
    private static Dictionary<string, object?> KitchenSink() => new()
    {
        ["replicaCount"] = 4L,
        ["image.repository"] = "registry.example.org/studybot",
        ["image.tag"] = "2.0.0",
        ["image.digest"] = "sha256:" + new string('a', 64),
        ["image.pullPolicy"] = "Always",
        ["imagePullSecrets"] = new List<object?> { new Dictionary<string, object?> { ["name"] = "regcred" } },
        ["fullnameOverride"] = "studybot-prod",
        ["containerPort"] = 9090L,
        ["bot.auth"] = "UserAssignedMSI",
        ["bot.appId"] = "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d",
        ["bot.tenantId"] = "1b6f5e1e-7c55-4c83-9a35-2f0f3e9e4d21",
        ["workloadIdentity.enabled"] = true,
        ["workloadIdentity.clientId"] = "0c7d3a3e-5b7b-4f3e-9a61-1d2f6f0c9e11",
        ["serviceAccount.create"] = false,
        ["serviceAccount.name"] = "studybot-sa",
        ["serviceAccount.annotations"] = new Dictionary<string, object?> { ["owner"] = "platform" },
        ["serviceAccount.labels"] = new Dictionary<string, object?> { ["team"] = "platform" },
        ["guides.baseUrl"] = "https://docs.example.org/guides/",
        ["guides.configMap"] = "study-guides",
        ["guides.volume"] = new Dictionary<string, object?> { ["persistentVolumeClaim"] = new Dictionary<string, object?> { ["claimName"] = "guides-pvc" } },
        ["config.Reminders__TimeZone"] = "Asia/Tokyo",
        ["telemetry.azureMonitor"] = true,
        ["secret.existingSecret"] = "vault-synced",
        ["secret.values"] = new Dictionary<string, object?> { ["Admin__ApiKey"] = "unused-with-an-existing-secret" },
        ["extraEnv"] = new List<object?> { new Dictionary<string, object?> { ["name"] = "Storage__Endpoint", ["value"] = "https://x.table.core.windows.net" } },
        ["extraVolumes"] = new List<object?> { new Dictionary<string, object?> { ["name"] = "kv-cert", ["csi"] = new Dictionary<string, object?> { ["driver"] = "secrets-store.csi.k8s.io" } } },
        ["extraVolumeMounts"] = new List<object?> { new Dictionary<string, object?> { ["name"] = "kv-cert", ["mountPath"] = "/mnt/cert", ["readOnly"] = true } },
        ["podLabels"] = new Dictionary<string, object?> { ["team"] = "platform" },
        ["podAnnotations"] = new Dictionary<string, object?> { ["prometheus.io/scrape"] = "true" },
        ["service.type"] = "LoadBalancer",
        ["service.port"] = 8081L,
        ["ingress.enabled"] = true,
        ["ingress.className"] = "webapprouting.kubernetes.azure.com",
        ["ingress.annotations"] = new Dictionary<string, object?> { ["cert-manager.io/cluster-issuer"] = "letsencrypt" },
        ["ingress.host"] = "bot.example.com",
        ["ingress.tls"] = new List<object?> { new Dictionary<string, object?> { ["secretName"] = "studybot-tls", ["hosts"] = new List<object?> { "bot.example.com" } } },
        ["ingress.expose.webChat"] = true,
        ["ingress.expose.ask"] = true,
        ["ingress.expose.operator"] = true,
        ["podDisruptionBudget.enabled"] = false,
        ["podDisruptionBudget.minAvailable"] = 2L,
        ["autoscaling.enabled"] = true,
        ["autoscaling.minReplicas"] = 3L,
        ["autoscaling.maxReplicas"] = 12L,
        ["autoscaling.targetCPUUtilizationPercentage"] = 60L,
        ["autoscaling.targetMemoryUtilizationPercentage"] = 75L,
        ["resources"] = new Dictionary<string, object?> { ["limits"] = new Dictionary<string, object?> { ["cpu"] = "1", ["memory"] = "1Gi" } },
        ["terminationGracePeriodSeconds"] = 45L,
        ["lifecycle"] = new Dictionary<string, object?> { ["preStop"] = new Dictionary<string, object?> { ["sleep"] = new Dictionary<string, object?> { ["seconds"] = 10L } } },
        ["probes.readiness.path"] = "/readyz",
        ["probes.readiness.periodSeconds"] = 7L,
        ["probes.readiness.timeoutSeconds"] = 6L,
        ["probes.readiness.failureThreshold"] = 2L,
        ["probes.liveness.periodSeconds"] = 30L,
        ["probes.liveness.timeoutSeconds"] = 4L,
        ["probes.liveness.failureThreshold"] = 5L,
        ["probes.startup.periodSeconds"] = 2L,
        ["probes.startup.timeoutSeconds"] = 2L,
        ["probes.startup.failureThreshold"] = 60L,
        ["podSecurityContext"] = new Dictionary<string, object?> { ["runAsNonRoot"] = true, ["runAsUser"] = 2000L },
        ["securityContext"] = new Dictionary<string, object?> { ["allowPrivilegeEscalation"] = false, ["readOnlyRootFilesystem"] = true },
        ["nodeSelector"] = new Dictionary<string, object?> { ["agentpool"] = "system" },
        ["tolerations"] = new List<object?> { new Dictionary<string, object?> { ["key"] = "dedicated", ["operator"] = "Exists" } },
        ["affinity"] = new Dictionary<string, object?> { ["podAntiAffinity"] = new Dictionary<string, object?>() },
    };

    private static List<string> IngressPaths(Dictionary<string, Dictionary<string, object?>> objects) =>
        List(Map(List(Map(objects["Ingress"], "spec"), "rules")[0].AsMap(), "http"), "paths").Select(p => (string)p.AsMap()["path"]!).ToList();

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
        // Production needs Guides:BaseUrl, so the chart refuses to render without it (tested on its own below).
        var all = new Dictionary<string, object?> { ["guides.baseUrl"] = "https://bot.example.org/guides/" };
        foreach (var (path, value) in overrides)
        {
            all[path] = value;
        }

        var rendered = HelmTemplate.RenderChart(ChartDir, "rel", all);
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
