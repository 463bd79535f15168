package org.ecosystemmap.api.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ecosystemmap.graphql.connection.GraphEdge;
import org.ecosystemmap.graphql.connection.Subgraph;

/**
 * GraphML as Gephi, yEd and Cytoscape open it: every attribute declared as a {@code <key>}, entities as nodes
 * with their id, relationships as directed edges. Gephi shows the {@code label} attribute as the label.
 */
final class GraphMlWriter implements SubgraphWriter {

    private static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

    /** The declared attributes: key id, domain, attribute name, type. */
    private static final String[][] KEYS = {
            {"n_label", "node", "label", "string"},
            {"n_kind", "node", "kind", "string"},
            {"n_type", "node", "type", "string"},
            {"n_description", "node", "description", "string"},
            {"n_since", "node", "since", "int"},
            {"n_until", "node", "until", "int"},
            {"n_sources", "node", "sources", "string"},
            {"e_label", "edge", "label", "string"},
            {"e_type", "edge", "type", "string"},
            {"e_role", "edge", "role", "string"},
            {"e_since", "edge", "since", "int"},
            {"e_until", "edge", "until", "int"},
            {"e_sources", "edge", "sources", "string"},
    };

    @Override
    public void write(Subgraph subgraph, OutputStream out) throws IOException {
        try {
            var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NAMESPACE);
            for (var key : KEYS) {
                xml.writeEmptyElement("key");
                xml.writeAttribute("id", key[0]);
                xml.writeAttribute("for", key[1]);
                xml.writeAttribute("attr.name", key[2]);
                xml.writeAttribute("attr.type", key[3]);
            }
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "ecosystem-map");
            xml.writeAttribute("edgedefault", "directed");
            for (var node : subgraph.nodes()) {
                var a = NodeAttributes.of(node);
                xml.writeStartElement("node");
                xml.writeAttribute("id", a.id());
                data(xml, "n_label", a.name());
                data(xml, "n_kind", a.kind());
                data(xml, "n_type", a.type());
                data(xml, "n_description", a.description());
                data(xml, "n_since", a.since());
                data(xml, "n_until", a.until());
                data(xml, "n_sources", String.join(" | ", a.sources()));
                xml.writeEndElement();
            }
            int index = 0;
            for (GraphEdge edge : subgraph.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + index++);
                xml.writeAttribute("source", edge.from());
                xml.writeAttribute("target", edge.to());
                data(xml, "e_label", edge.role() == null ? edge.type() : edge.role());
                data(xml, "e_type", edge.type());
                data(xml, "e_role", edge.role());
                data(xml, "e_since", edge.since());
                data(xml, "e_until", edge.until());
                data(xml, "e_sources", String.join(" | ", edge.storedSources()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("could not write GraphML", e);
        }
    }

    /** A value of a declared attribute; nothing when there is none, as GraphML expects. */
    private static void data(XMLStreamWriter xml, String key, Object value) throws XMLStreamException {
        if (value == null || value.toString().isEmpty()) {
            return;
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value.toString());
        xml.writeEndElement();
    }
}
