#!/usr/bin/env python3
"""One-off import of the study documents from ../shared/seeds into guides/, adding a stable checklist id
({#id}, a Markdig generic attribute) to every `- [ ]` item. Text is kept as it is. Re-running it is safe:
items that already carry an id are left alone. Usage: scripts/import-guides.py [seeds-dir]"""
import re, sys, pathlib

IDS = {
 "infra-platform.md": """infra-k8s-architecture infra-k8s-controller infra-k8s-operator infra-k8s-cluster-ops
  infra-clusterapi-basics infra-clusterapi-practice infra-ironic infra-clusterapi-ironic
  infra-terraform infra-ansible infra-packer infra-helm infra-argocd infra-prow infra-keycloak infra-harbor infra-gitlab
  infra-metrics infra-visualization infra-logging infra-tracing infra-os-image-structure infra-os-image-build
  infra-os-image-debugging infra-oss-contribution infra-cncf-projects
  k8s-operator clusterapi-automation iac-tools helm-chart argocd-gitops monitoring-stack os-image-management""",
 "compute.md": """compute-openstack-basics compute-nova compute-cinder compute-glance compute-ironic
  compute-virtualization-basics compute-kvm-qemu compute-kernel-virtualization compute-performance-tuning
  compute-scheduling-algorithms compute-resource-allocation compute-overcommit compute-scheduler-dev
  compute-k8s-services compute-containerized-ops compute-declarative-management
  compute-multi-level-architecture compute-high-availability compute-scalability compute-resource-management
  compute-k8s-controller-pattern compute-operator-sdk compute-crd compute-operator-ops
  compute-k8s-networking compute-cni compute-network-virtualization compute-service-mesh
  compute-aws compute-gcp compute-azure compute-oss-contribution compute-cncf-projects
  openstack-compute kvm-qemu kernel-virtualization scheduling-algorithms compute-k8s-operator cloud-infra-design cni""",
 "networking.md": """net-protocols net-architecture net-distributed-systems net-restful-api net-grpc net-api-performance
  net-openstack-basics net-neutron net-openstack-dev net-cloud-network-design net-nfv net-sdn net-overlay
  net-firewall net-load-balancer net-switch net-appliance-integration net-event-patterns net-message-broker
  net-event-services net-k8s-networking net-k8s-plugins net-gitops-config net-aws net-gcp net-azure
  network-design api-grpc openstack-networking nfv-sdn network-appliances event-driven k8s-networking""",
 "k8s-week3-part3.md": """w3-project-cluster-ha w3-project-apps-deployed w3-project-networking w3-project-storage
  w3-project-rbac w3-project-network-policy w3-project-secrets w3-project-monitoring-dashboard w3-project-logging
  w3-project-autoscaling w3-project-incident-response w3-project-backup-restore
  w3-bonus-service-mesh w3-bonus-custom-operator w3-bonus-multi-cluster w3-bonus-chaos-engineering
  w3-bonus-dashboard w3-bonus-cicd w3-bonus-cost-optimization
  w3-d1-components w3-d1-etcd w3-d1-recovery w3-d2-workload-hierarchy w3-d2-scheduling w3-d2-rolling-update
  w3-d3-service-types w3-d3-ingress w3-d3-pv-pvc w3-d4-rbac w3-d4-upgrade w3-d4-security-policy
  w3-d5-monitoring w3-d5-autoscaling w3-d5-crd-operator""",
 "devops-k8s-5weeks.md": "",
}

root = pathlib.Path(__file__).resolve().parent.parent
seeds = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else root.parent / "shared" / "seeds"
seen = set()
item = re.compile(r"^(\s*[-*] \[[ xX]\] )(.*?)\s*$")
for name, ids in IDS.items():
    ids = ids.split()
    lines = (seeds / name).read_text(encoding="utf-8").splitlines()
    out, n, fence = [], 0, False
    for line in lines:
        if line.lstrip().startswith("```"):
            fence = not fence
        m = None if fence else item.match(line)
        if m and not re.search(r"\{#[a-z0-9-]+\}\s*$", line):
            slug = ids[n]; n += 1
            assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug) and slug not in seen, slug
            seen.add(slug)
            line = f"{m.group(1)}{m.group(2)} {{#{slug}}}"
        out.append(line)
    assert n == len(ids), f"{name}: {n} items, {len(ids)} ids"
    (root / "guides" / name).write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{name}: {n} checklist ids")
