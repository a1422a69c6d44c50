/**
 * {@code djk8s kubelet}: probes a running application with a manifest's own probe definitions,
 * exactly as the kubelet would, and says what the kubelet would conclude.
 */
package io.djk8s.cli.kubelet;
