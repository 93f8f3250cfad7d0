/**
 * A miniature of Tend's package layout with deliberate violations, so {@code ArchitectureRulesTest}
 * can show every architecture rule catches what it is meant to catch. Never imported by
 * {@code ArchitectureTest}, which looks at the main classes only.
 */
package dev.tend.archfixture;
