/**
 * The {@code djk8s} command-line tools for exec probes, init containers and Jobs: {@code probe},
 * {@code wait4db}, {@code ensureadmin} and {@code lockedmigrate}. Built on picocli, an optional
 * dependency of the runtime jar; the {@code djk8s-cli} module packages them as {@code java -jar
 * djk8s-cli.jar}.
 */
package io.djk8s.cli;
