/* Social map: "use my location", the clustered map and the small map on a service page.
   Progressive enhancement: the list and the search form work without this file.
   Configuration comes from data- attributes (no inline script: the CSP forbids it). */
(function () {
  "use strict";

  function setupLocate() {
    var button = document.querySelector("[data-sm-locate]");
    if (!button || !("geolocation" in navigator)) return;
    var form = button.closest("form");
    var status = form.querySelector("[data-sm-locate-status]");
    button.hidden = false;
    button.addEventListener("click", function () {
      status.textContent = button.getAttribute("data-sm-locating") || "";
      navigator.geolocation.getCurrentPosition(
        function (position) {
          form.querySelector("[name=lat]").value = position.coords.latitude.toFixed(6);
          form.querySelector("[name=lon]").value = position.coords.longitude.toFixed(6);
          form.querySelector("[name=near]").value = "";
          form.submit();
        },
        function () {
          status.textContent = button.getAttribute("data-sm-denied") || "";
        },
        { timeout: 10000, maximumAge: 60000 }
      );
    });
  }

  function readConfig(element, attribute) {
    try {
      return JSON.parse(element.getAttribute(attribute));
    } catch (error) {
      return null;
    }
  }

  function tiles(config) {
    return L.tileLayer(config.tiles, { maxZoom: 19, attribution: config.attribution || "" });
  }

  function popupFor(feature, labels) {
    var box = document.createElement("div");
    var title = document.createElement("strong");
    title.textContent = feature.properties.name;
    box.appendChild(title);
    var where = document.createElement("p");
    where.textContent = feature.properties.organization + " · " + feature.properties.address;
    box.appendChild(where);
    if (feature.properties.open_now) {
      var open = document.createElement("p");
      open.textContent = labels.open;
      box.appendChild(open);
    }
    var link = document.createElement("a");
    link.href = feature.properties.url;
    link.textContent = labels.more;
    box.appendChild(link);
    return box;
  }

  function setupMap() {
    var element = document.querySelector("[data-sm-map]");
    if (!element || typeof L === "undefined") return;
    var config = readConfig(element, "data-sm-map");
    if (!config) return;
    element.textContent = "";
    var map = L.map(element, { scrollWheelZoom: false }).setView(config.center, config.zoom);
    tiles(config).addTo(map);
    if (config.here) {
      L.marker(config.here, {
        icon: L.divIcon({ className: "sm-here", iconSize: [18, 18] }),
        title: config.labels.you,
        alt: config.labels.you,
        keyboard: false
      }).addTo(map);
    }
    var clusters = L.markerClusterGroup ? L.markerClusterGroup({ showCoverageOnHover: false }) : L.layerGroup();
    fetch(config.geojson, { headers: { Accept: "application/geo+json, application/json" } })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        var layer = L.geoJSON(data, {
          pointToLayer: function (feature, latlng) {
            return L.marker(latlng, { title: feature.properties.name, alt: feature.properties.name });
          },
          onEachFeature: function (feature, marker) {
            marker.bindPopup(popupFor(feature, config.labels));
          }
        });
        clusters.addLayer(layer);
        map.addLayer(clusters);
        element.setAttribute("data-sm-loaded", String(data.features.length));
        if (!config.here && data.features.length) {
          map.fitBounds(layer.getBounds(), { maxZoom: 15, padding: [20, 20] });
        }
      });
  }

  function setupDetailMap() {
    var element = document.querySelector("[data-sm-detail-map]");
    if (!element || typeof L === "undefined") return;
    var config = readConfig(element, "data-sm-detail-map");
    if (!config || !config.points.length) return;
    var map = L.map(element, { scrollWheelZoom: false, zoomControl: true }).setView(config.points[0], config.zoom);
    tiles(config).addTo(map);
    config.points.forEach(function (point) { L.marker(point, { keyboard: false }).addTo(map); });
    if (config.points.length > 1) map.fitBounds(config.points, { padding: [20, 20] });
    element.setAttribute("data-sm-loaded", String(config.points.length));
  }

  function start() {
    setupLocate();
    setupMap();
    setupDetailMap();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
