// The report form's map: a click sets the latitude and longitude inputs, typed coordinates
// move the marker. Served as a file so the Content-Security-Policy allows no inline script;
// without JavaScript the inputs simply stay typable.
(function () {
  document.querySelectorAll('svg.map-picker').forEach(function (svg) {
    var marker = svg.querySelector('.point');
    var lat = document.getElementById(svg.dataset.latInput);
    var lon = document.getElementById(svg.dataset.lonInput);
    if (!marker || !lat || !lon) return;
    svg.classList.add('active');
    var south = +svg.dataset.south, north = +svg.dataset.north, west = +svg.dataset.west, east = +svg.dataset.east;
    var box = svg.viewBox.baseVal, width = box.width, height = box.height;
    function show(la, lo) {
      if (!(la >= south && la <= north && lo >= west && lo <= east)) { marker.setAttribute('display', 'none'); return; }
      marker.setAttribute('cx', ((lo - west) / (east - west) * width).toFixed(1));
      marker.setAttribute('cy', ((north - la) / (north - south) * height).toFixed(1));
      marker.removeAttribute('display');
    }
    svg.addEventListener('click', function (event) {
      var rect = svg.getBoundingClientRect();
      if (!rect.width || !rect.height) return;
      var lo = west + (event.clientX - rect.left) / rect.width * (east - west);
      var la = north - (event.clientY - rect.top) / rect.height * (north - south);
      lat.value = la.toFixed(5); lon.value = lo.toFixed(5); show(la, lo);
    });
    function typed() {
      var a = parseFloat(lat.value), b = parseFloat(lon.value);
      if (isFinite(a) && isFinite(b)) show(a, b);
    }
    lat.addEventListener('input', typed); lon.addEventListener('input', typed);
  });
})();
