/**
 * {@code djk8s lint}: reads Kubernetes manifests and reports every probe, port, timeout and
 * shutdown setting that disagrees with the container's djk8s configuration or with the kubelet's
 * rules. The manifest model ({@link io.djk8s.cli.lint.Manifests}) is shared with {@code djk8s
 * kubelet}.
 */
package io.djk8s.cli.lint;
